import type { PayloadRequest } from 'payload'
import { createMailing } from '../sending/createMailing'
import { poolOf } from '../sending/deliveryStore'
import { bulletinAudience, type BulletinSendingChoice } from './bulletinAudience'
import { alreadySentMessage, NOBODY_LEFT } from './sendingRefusals'

// The advisory lock space of bulletin sendings (any number no other lock of ours uses).
const BULLETIN_LOCK = 7_140_001

export type BulletinSendingStart = { ok: true; sending: number; recipients: number } | { ok: false; status: number; message: string }

const BUSY: BulletinSendingStart = { ok: false, status: 409, message: 'Bản tin này đang được chuẩn bị gửi (có người vừa bấm “Gửi”): hãy đợi vài giây rồi tải lại trang.' }

/**
 * One sending of an issue is prepared at a time: a second press of "Gửi" while the first is being
 * prepared is told so, instead of both passing the check.
 */
async function withBulletinLock(req: PayloadRequest, bulletin: number, work: () => Promise<BulletinSendingStart>): Promise<BulletinSendingStart> {
  const client = await poolOf(req.payload).connect()
  let stuck = false
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [BULLETIN_LOCK, bulletin])
    if (!rows[0].locked) return BUSY
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [BULLETIN_LOCK, bulletin]).catch(() => (stuck = true))
    }
  } finally {
    // A lock that could not be released goes with its connection, not back into the pool.
    client.release(stuck)
  }
}

/**
 * Starts sending a published issue (checked by the caller) to the chosen lists and subscribers.
 * Refused when it already went to a chosen list, unless `resend`, which reaches only those who
 * did not get it; refused when nobody is left to send to.
 */
export function startBulletinSending(req: PayloadRequest, choice: BulletinSendingChoice, title: string): Promise<BulletinSendingStart> {
  return withBulletinLock(req, choice.bulletin, async () => {
    const audience = await bulletinAudience(req, choice)
    if (audience.alreadySentTo.length && !choice.resend) {
      return { ok: false, status: 409, message: alreadySentMessage(audience.alreadySentTo) }
    }
    if (audience.recipients.length === 0) return { ok: false, status: 409, message: NOBODY_LEFT }
    // The message makers (MJML) load when mail is made, not with the config every CMS start reads.
    const { bulletinMailing } = await import('./bulletinMailing')
    const message = await bulletinMailing(req.payload, choice.bulletin)
    const sending = await createMailing(
      req,
      {
        kind: 'bulletin',
        title: `${title} → ${audience.recipients.length} người nhận`,
        bulletin: choice.bulletin,
        lists: choice.lists,
        toSubscribers: choice.subscribers,
        resend: choice.resend,
        ...(typeof req.user?.id === 'number' ? { sentBy: req.user.id } : {}),
      },
      audience.recipients,
      message,
    )
    return { ok: true, sending: sending.id, recipients: audience.recipients.length }
  })
}
