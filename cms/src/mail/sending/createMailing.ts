import { ValidationError, type PayloadRequest } from 'payload'
import type { MailSending } from '../../payload-types'
import { queueMailJob } from '../queueMailJob'
import { insertDeliveries, type NewDelivery } from './deliveryStore'

type MailingData = Pick<MailSending, 'title' | 'kind'> & Partial<Pick<MailSending, 'key' | 'bulletin' | 'lists' | 'toSubscribers' | 'resend' | 'sentBy'>>

/**
 * A mailing with its recipients, and the job that sends it. A keyed mailing (an alert, a digest)
 * exists once: made again (a job run twice, a race), the first is completed instead.
 */
export async function createMailing(req: PayloadRequest, data: MailingData, recipients: NewDelivery[], message?: unknown): Promise<MailSending> {
  const existing = data.key
    ? (await req.payload.find({ collection: 'mail-sendings', where: { key: { equals: data.key } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    : undefined
  let sending = existing
  if (!sending) {
    try {
      // Committed on its own (not in the caller's transaction): the deliveries, written apart in bulk, refer to it.
      sending = await req.payload.create({
        collection: 'mail-sendings',
        data: { ...data, status: 'queued', recipients: recipients.length, ...(message === undefined ? {} : { message: message as Record<string, unknown> }) },
        overrideAccess: true,
        depth: 0,
        ...(req.user ? { user: req.user } : {}),
      })
    } catch (error) {
      if (!(error instanceof ValidationError) || !data.key) throw error
      sending = (await req.payload.find({ collection: 'mail-sendings', where: { key: { equals: data.key } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
      if (!sending) throw error
    }
  }
  // Idempotent (one row per address), so a mailing cut short while being filled is completed.
  if (sending.status === 'queued') await insertDeliveries(req.payload, sending.id, recipients)
  if (sending.status !== 'done') await queueMailJob(req, { task: 'sendMailing', input: { sending: sending.id } })
  return sending
}
