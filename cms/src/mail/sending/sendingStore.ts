import type { Payload } from 'payload'
import { poolOf, type DeliveryCounts } from './deliveryStore'

// A mailing's progress is bookkeeping written as it goes, in SQL: through the Local API every
// batch would be an entry in the audit log, which records the mailing itself, once, by whom.

export const markMailingStarted = (payload: Payload, id: number) =>
  poolOf(payload).query(`UPDATE mail_sendings SET status = 'sending', started_at = COALESCE(started_at, now()), updated_at = now() WHERE id = $1`, [id])

export const markMailingWaiting = (payload: Payload, id: number) => poolOf(payload).query(`UPDATE mail_sendings SET status = 'waiting', updated_at = now() WHERE id = $1`, [id])

export const markMailingDone = (payload: Payload, id: number) =>
  poolOf(payload).query(`UPDATE mail_sendings SET status = 'done', finished_at = now(), updated_at = now() WHERE id = $1`, [id])

export const recordMailingCounts = (payload: Payload, id: number, counts: Omit<DeliveryCounts, 'queued'>, lastError: string | undefined) =>
  poolOf(payload).query(
    `UPDATE mail_sendings SET recipients = $2, sent = $3, failed = $4, bounced = $5, uncertain = $6, unsubscribed = $7,
       last_error = COALESCE($8, last_error), updated_at = now() WHERE id = $1`,
    [id, counts.recipients, counts.sent, counts.failed, counts.bounced, counts.uncertain, counts.unsubscribed, lastError ?? null],
  )
