import type { PayloadRequest, TaskConfig } from 'payload'
import { formatDateVi } from '@reform/shared'
import { itemTopics, topicNames } from '../alerts/itemTopics'
import { MAILABLE_COLLECTIONS } from '../alerts/mailableCollections'
import { matchTopics } from '../alerts/matchTopics'
import { subscribersToMail } from '../alerts/subscriberTopics'
import { publishedMailItems, type MailItem } from '../items/mailItem'
import { createMailing } from '../sending/createMailing'
import type { DigestDelivery, DigestMailing } from '../sending/mailingContent'
import { digestPeriodStart, type DigestFrequency } from './digestTimes'
import { scheduleDigests } from './scheduleDigests'

/** The items first published in [start, end) that are still published, oldest first. */
async function itemsOfPeriod(req: PayloadRequest, start: Date, end: Date): Promise<MailItem[]> {
  const { docs } = await req.payload.find({
    collection: 'published-items',
    where: { and: [{ firstPublishedAt: { greater_than_equal: start.toISOString() } }, { firstPublishedAt: { less_than: end.toISOString() } }] },
    sort: 'firstPublishedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const order = new Map(docs.map((doc, index) => [`${doc.itemCollection}:${doc.itemId}`, index]))
  const items = await Promise.all(
    MAILABLE_COLLECTIONS.map((collection) =>
      publishedMailItems(
        req.payload,
        collection,
        docs.filter((doc) => doc.itemCollection === collection).map((doc) => doc.itemId),
      ),
    ),
  )
  return items.flat().sort((a, b) => order.get(`${a.collection}:${a.id}`)! - order.get(`${b.collection}:${b.id}`)!)
}

export const digestTitle = (frequency: DigestFrequency, start: Date, end: Date) =>
  frequency === 'daily' ? `Bản tổng hợp tin ngày ${formatDateVi(start)}` : `Bản tổng hợp tin tuần ${formatDateVi(start)} – ${formatDateVi(new Date(end.getTime() - 1))}`

/**
 * Makes the digest of one period: each subscriber of that frequency gets the items of the period
 * they follow, and nobody gets an empty one.
 */
export async function sendDigest(req: PayloadRequest, frequency: DigestFrequency, end: Date): Promise<void> {
  const start = digestPeriodStart(frequency, end)
  const [items, names, subscribers] = await Promise.all([itemsOfPeriod(req, start, end), topicNames(req.payload), subscribersToMail(req.payload, frequency)])
  if (items.length === 0) return
  const topics = items.map((item) => ({ item, topics: itemTopics(item.collection, item.doc) }))
  const recipients = subscribers.flatMap((subscriber) => {
    const theirs: DigestDelivery['items'] = topics.filter(({ topics }) => matchTopics(subscriber, topics, names).length > 0).map(({ item }) => [item.collection, item.id])
    return theirs.length ? [{ address: subscriber.email, subscriber: subscriber.id, content: { items: theirs } satisfies DigestDelivery }] : []
  })
  if (recipients.length === 0) return
  const message: DigestMailing = { frequency, periodStart: start.toISOString(), periodEnd: end.toISOString() }
  await createMailing(req, { kind: 'digest', key: `digest:${frequency}:${end.toISOString()}`, title: digestTitle(frequency, start, end) }, recipients, message)
}

/**
 * The `sendDigest` job, due at the digest's time (07:00 in Vietnam; Mondays for the weekly one).
 * The next one is queued first, so the chain goes on even if this one fails.
 */
export const sendDigestTask: TaskConfig<'sendDigest'> = {
  slug: 'sendDigest',
  label: 'Gửi bản tổng hợp',
  inputSchema: [
    { name: 'frequency', type: 'select', options: ['daily', 'weekly'], required: true },
    { name: 'periodEnd', type: 'date', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const end = new Date(input.periodEnd)
    await scheduleDigests(req.payload, end)
    await sendDigest(req, input.frequency as DigestFrequency, end)
    return { output: {} }
  },
}
