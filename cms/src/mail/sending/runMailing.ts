import pLimit from 'p-limit'
import type { Payload } from 'payload'
import { mailTransport } from '../transport/smtpAdapter'
import { HARD_BOUNCE_LIMIT } from '../recipientStatuses'
import { manageToken, recipientUrls } from '../subscribers/recipientLinks'
import { claimForSending, deliveryCounts, markFinal, markRetry, markSent, markSkipped, nextDue, poolOf, recordHardBounce, type QueuedDelivery } from './deliveryStore'
import { markMailingDone, markMailingStarted, markMailingWaiting, recordMailingCounts } from './sendingStore'
import { MAX_ATTEMPTS, retryDelayMs, smtpOutcome } from './smtpOutcome'
import type { Composer } from './composerFor'

/** Messages handed to the transporter at once: its pool keeps a few connections busy. */
const IN_FLIGHT = 8
const BATCH = 200
/** A run stops taking batches after this long and hands over, so a notice or an alert never waits for a whole bulletin. */
const RUN_BUDGET_MS = 20_000
// The advisory lock space of running mailings (any number no other lock of ours uses).
const MAILING_LOCK = 7_140_002

export type MailingResult = { status: 'done' } | { status: 'waiting'; until: Date } | { status: 'busy' }

const linksOf = (siteUrl: string, delivery: QueuedDelivery, linkKey: string) => {
  const recipient = delivery.subscriberId !== null ? { kind: 'subscriber' as const, id: delivery.subscriberId } : { kind: 'member' as const, id: delivery.memberId! }
  return recipientUrls(siteUrl, manageToken(recipient, linkKey), delivery.id)
}

/**
 * Sends a mailing's due deliveries, each once: claimed ("sending") just before it goes, only if it
 * is still queued, and "sent" as soon as the server takes it, so a sender killed mid-way resumes
 * with the next one and never sends anybody twice. One runner per mailing (an advisory lock); a
 * second one finds it busy and leaves. A recipient the server defers is retried later with a
 * growing pause; a relay that cannot be reached pauses the whole mailing. Returns whether anything
 * is left for later.
 */
export async function runMailing(payload: Payload, sendingId: number, started = Date.now()): Promise<MailingResult> {
  const lock = await poolOf(payload).connect()
  let locked = false
  try {
    locked = (await lock.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [MAILING_LOCK, sendingId])).rows[0].locked
    if (!locked) return { status: 'busy' }
    return await sendDue(payload, sendingId, started)
  } finally {
    let stuck = false
    if (locked) await lock.query('SELECT pg_advisory_unlock($1, $2)', [MAILING_LOCK, sendingId]).catch(() => (stuck = true))
    // A lock that could not be released goes with its connection, not back into the pool.
    lock.release(stuck)
  }
}

async function sendDue(payload: Payload, sendingId: number, started: number): Promise<MailingResult> {
  const sending = await payload.findByID({ collection: 'mail-sendings', id: sendingId, depth: 0, overrideAccess: true })
  await markMailingStarted(payload, sendingId)
  const transport = mailTransport(payload)
  const from = { name: payload.email.defaultFromName, address: payload.email.defaultFromAddress }
  const siteUrl = String(payload.config.custom?.siteUrl)
  const host = new URL(siteUrl).hostname
  // The message makers (MJML) load when mail is made, not with the config every CMS start reads.
  const { composerFor } = await import('./composerFor')
  const limit = pLimit(IN_FLIGHT)
  let pausedUntil: Date | undefined
  let lastError: string | undefined

  const deliver = async (compose: Composer, delivery: QueuedDelivery) => {
    if (pausedUntil) return
    if (!delivery.address || !delivery.active) return markSkipped(payload, delivery.id, null)
    if (!delivery.linkKey) return markSkipped(payload, delivery.id, 'Người nhận không có liên kết hủy đăng ký')
    const links = linksOf(siteUrl, delivery, delivery.linkKey)
    const message = await compose(delivery, links)
    if (!message) return markSkipped(payload, delivery.id, 'Không còn nội dung để gửi (đã gỡ khỏi trang)')
    const attempts = await claimForSending(payload, delivery.id)
    if (attempts === undefined) return
    let failure: unknown
    try {
      await transport.sendMail({
        from,
        to: delivery.address,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments: message.attachments,
        messageId: `<mailing-${sendingId}.delivery-${delivery.id}@${host}>`,
        // RFC 2369 and RFC 8058: the mail client's own unsubscribe button, one click, no sign-in.
        list: { unsubscribe: { url: links.unsubscribe, comment: 'Hủy đăng ký' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', Precedence: 'bulk', 'Auto-Submitted': 'auto-generated' },
      })
    } catch (error) {
      failure = error
    }
    // Outside the try: a failed write after the server took the message leaves it "sending" (then
    // "uncertain"), never queued again.
    if (!failure) return markSent(payload, delivery.id)
    const outcome = smtpOutcome(failure)
    if (outcome.kind === 'bounced') {
      await markFinal(payload, delivery.id, 'bounced', outcome.reason)
      await recordHardBounce(payload, delivery.address, HARD_BOUNCE_LIMIT)
    } else if (outcome.kind === 'failed' || (outcome.kind === 'temporary' && attempts >= MAX_ATTEMPTS)) {
      await markFinal(payload, delivery.id, 'failed', outcome.reason)
    } else {
      const until = new Date(Date.now() + retryDelayMs(attempts))
      await markRetry(payload, delivery.id, outcome.reason, until, { counted: outcome.kind === 'temporary' })
      // What the report shows while the mailing waits; a bounce's reason stays on its delivery.
      lastError = outcome.reason
      if (outcome.kind === 'unreachable') pausedUntil = until
    }
  }

  let handOver = false
  for (let afterId = 0; !pausedUntil;) {
    if (Date.now() - started > RUN_BUDGET_MS) {
      handOver = true
      break
    }
    const due = await nextDue(payload, sendingId, afterId, BATCH)
    if (due.length === 0) break
    afterId = due[due.length - 1]!.id
    // Made again for every batch: an item or issue unpublished meanwhile stops going out.
    const compose = await composerFor(payload, sending)
    const results = await Promise.allSettled(due.map((delivery) => limit(() => deliver(compose, delivery))))
    await recordCounts(payload, sendingId, lastError)
    const failed = results.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
  }

  const counts = await recordCounts(payload, sendingId, lastError)
  const until = pausedUntil ?? (handOver ? new Date() : counts.queued > 0 && counts.nextAttemptAt ? new Date(counts.nextAttemptAt) : undefined)
  if (until) {
    await markMailingWaiting(payload, sendingId)
    return { status: 'waiting', until }
  }
  await markMailingDone(payload, sendingId)
  return { status: 'done' }
}

/** The delivery report on the sending, kept current as it goes. */
async function recordCounts(payload: Payload, sendingId: number, lastError: string | undefined) {
  const counts = await deliveryCounts(payload, sendingId)
  await recordMailingCounts(payload, sendingId, counts, lastError)
  return counts
}
