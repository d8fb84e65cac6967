import pLimit from 'p-limit'
import type { Payload } from 'payload'
import { mailTransport } from '../transport/smtpAdapter'
import { HARD_BOUNCE_LIMIT } from '../recipientStatuses'
import { manageToken, recipientUrls } from '../subscribers/recipientLinks'
import { deliveryCounts, markFinal, markRetry, markSending, markSent, nextDue, recordHardBounce, type QueuedDelivery } from './deliveryStore'
import { markMailingDone, markMailingStarted, markMailingWaiting, recordMailingCounts } from './sendingStore'
import { MAX_ATTEMPTS, retryDelayMs, smtpOutcome } from './smtpOutcome'

/** Messages handed to the transporter at once: its pool keeps a few connections busy. */
const IN_FLIGHT = 8
const BATCH = 200

export type MailingResult = { status: 'done' } | { status: 'waiting'; until: Date }

const linksOf = (siteUrl: string, delivery: QueuedDelivery) => {
  const recipient = delivery.subscriberId !== null ? { kind: 'subscriber' as const, id: delivery.subscriberId } : { kind: 'member' as const, id: delivery.memberId! }
  return recipientUrls(siteUrl, manageToken(recipient, delivery.linkKey ?? ''), delivery.id)
}

/**
 * Sends a mailing's due deliveries, each once: marked "sending" just before it goes and "sent" as
 * soon as the server takes it, so a sender killed mid-way resumes with the next one and never
 * sends anybody twice. A recipient the server defers is retried later with a growing pause; a
 * server that cannot be reached pauses the whole mailing. Returns whether anything is left for later.
 */
export async function runMailing(payload: Payload, sendingId: number): Promise<MailingResult> {
  const sending = await payload.findByID({ collection: 'mail-sendings', id: sendingId, depth: 0, overrideAccess: true })
  await markMailingStarted(payload, sendingId)
  const transport = mailTransport(payload)
  const from = { name: payload.email.defaultFromName, address: payload.email.defaultFromAddress }
  const siteUrl = String(payload.config.custom?.siteUrl)
  // The message makers (MJML) load when mail is made, not with the config every CMS start reads.
  const { composerFor } = await import('./composerFor')
  const compose = await composerFor(payload, sending)
  const limit = pLimit(IN_FLIGHT)
  let pausedUntil: Date | undefined
  let lastError: string | undefined

  const deliver = async (delivery: QueuedDelivery) => {
    if (pausedUntil) return
    if (!delivery.address || !delivery.active) return markFinal(payload, delivery.id, 'skipped', null)
    const links = linksOf(siteUrl, delivery)
    const message = await compose(delivery, links)
    if (!message) return markFinal(payload, delivery.id, 'skipped', 'Không còn nội dung để gửi (tin đã bị gỡ)')
    const attempts = await markSending(payload, delivery.id)
    try {
      await transport.sendMail({
        from,
        to: delivery.address,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: `<mailing-${sendingId}.delivery-${delivery.id}@${new URL(siteUrl).hostname}>`,
        // RFC 2369 and RFC 8058: the mail client's own unsubscribe button, one click, no sign-in.
        list: { unsubscribe: { url: links.unsubscribe, comment: 'Hủy đăng ký' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', Precedence: 'bulk', 'Auto-Submitted': 'auto-generated' },
      })
      await markSent(payload, delivery.id)
    } catch (error) {
      const outcome = smtpOutcome(error)
      if (outcome.kind === 'bounced') {
        await markFinal(payload, delivery.id, 'bounced', outcome.reason)
        await recordHardBounce(payload, delivery, HARD_BOUNCE_LIMIT)
      } else if (outcome.kind === 'failed' || attempts >= MAX_ATTEMPTS) {
        await markFinal(payload, delivery.id, 'failed', outcome.reason)
      } else {
        const until = new Date(Date.now() + retryDelayMs(attempts))
        await markRetry(payload, delivery.id, outcome.reason, until)
        // What the report shows while the mailing waits; a bounce's reason stays on its delivery.
        lastError = outcome.reason
        if (outcome.kind === 'unreachable') pausedUntil = until
      }
    }
  }

  for (let afterId = 0; !pausedUntil; ) {
    const due = await nextDue(payload, sendingId, afterId, BATCH)
    if (due.length === 0) break
    afterId = due[due.length - 1]!.id
    await Promise.all(due.map((delivery) => limit(() => deliver(delivery))))
    await recordCounts(payload, sendingId, lastError)
  }

  const counts = await recordCounts(payload, sendingId, lastError)
  const until = pausedUntil ?? (counts.queued > 0 && counts.nextAttemptAt ? new Date(counts.nextAttemptAt) : undefined)
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
