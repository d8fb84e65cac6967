import type { Payload } from 'payload'
import type { Pool } from 'pg'
import type { DeliveryStatus } from './sendingStatuses'

// Deliveries are read and written here in SQL, not through the Local API: a bulletin to 10,000
// people is 30,000 writes, and each must be one short statement for the sender to keep its pace.

export const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

export type NewDelivery = { address: string; subscriber?: number; member?: number; content?: unknown }

/** Adds recipients to a sending; an address already in it is not added twice (one message per address). */
export async function insertDeliveries(payload: Payload, sending: number, recipients: NewDelivery[]): Promise<number> {
  let inserted = 0
  for (let start = 0; start < recipients.length; start += 5000) {
    const chunk = recipients.slice(start, start + 5000)
    const { rowCount } = await poolOf(payload).query(
      `INSERT INTO mail_deliveries (sending_id, address, subscriber_id, member_id, content, status, attempts, unsubscribed)
       SELECT $1, address, subscriber, member, content::jsonb, 'queued', 0, false
       FROM unnest($2::text[], $3::int[], $4::int[], $5::text[]) AS r(address, subscriber, member, content)
       ON CONFLICT (sending_id, address) DO NOTHING`,
      [
        sending,
        chunk.map((r) => r.address),
        chunk.map((r) => r.subscriber ?? null),
        chunk.map((r) => r.member ?? null),
        chunk.map((r) => (r.content === undefined ? null : JSON.stringify(r.content))),
      ],
    )
    inserted += rowCount ?? 0
  }
  return inserted
}

export type QueuedDelivery = {
  id: number
  address: string | null
  subscriberId: number | null
  memberId: number | null
  content: unknown
  linkKey: string | null
  /** Still wants mail: a confirmed subscriber, an active list member. */
  active: boolean
}

/** The next queued deliveries of a sending that are due, after `afterId`, with what their links need. */
export async function nextDue(payload: Payload, sending: number, afterId: number, limit: number): Promise<QueuedDelivery[]> {
  const { rows } = await poolOf(payload).query(
    `SELECT d.id, d.address, d.subscriber_id AS "subscriberId", d.member_id AS "memberId", d.content,
            COALESCE(s.link_key, m.link_key) AS "linkKey",
            COALESCE(s.status = 'confirmed', m.status = 'active', false) AS active
     FROM mail_deliveries d
     LEFT JOIN subscribers s ON s.id = d.subscriber_id
     LEFT JOIN list_members m ON m.id = d.member_id
     WHERE d.sending_id = $1 AND d.status = 'queued' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= now()) AND d.id > $2
     ORDER BY d.id LIMIT $3`,
    [sending, afterId, limit],
  )
  return rows
}

/**
 * Claims a due delivery just before its message goes to the SMTP server: only a row still queued
 * and due is taken, so two runners can never both send it. A sender killed after this leaves it
 * "uncertain", never resent unasked. Returns how many times it has now been tried, or undefined
 * when it was not there to take.
 */
export async function claimForSending(payload: Payload, id: number): Promise<number | undefined> {
  const { rows } = await poolOf(payload).query(
    `UPDATE mail_deliveries SET status = 'sending', attempts = attempts + 1, updated_at = now()
     WHERE id = $1 AND status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= now()) RETURNING attempts`,
    [id],
  )
  return rows[0] ? Number(rows[0].attempts) : undefined
}

export const markSent = (payload: Payload, id: number) =>
  poolOf(payload).query(
    `UPDATE mail_deliveries SET status = 'sent', sent_at = now(), last_error = NULL, next_attempt_at = NULL, updated_at = now() WHERE id = $1 AND status = 'sending'`,
    [id],
  )

/** Back in the queue until `at`; an attempt the relay never saw (it was down) does not count against the recipient. */
export const markRetry = (payload: Payload, id: number, reason: string, at: Date, { counted }: { counted: boolean }) =>
  poolOf(payload).query(
    `UPDATE mail_deliveries SET status = 'queued', last_error = $2, next_attempt_at = $3, attempts = attempts - $4, updated_at = now() WHERE id = $1 AND status = 'sending'`,
    [id, reason, at, counted ? 0 : 1],
  )

/** A claimed delivery's end: refused for good by the server. */
export const markFinal = (payload: Payload, id: number, status: Extract<DeliveryStatus, 'failed' | 'bounced'>, reason: string) =>
  poolOf(payload).query(`UPDATE mail_deliveries SET status = $2, last_error = $3, updated_at = now() WHERE id = $1 AND status = 'sending'`, [id, status, reason])

/** A queued delivery nobody will get: the person no longer wants mail, or nothing is left to send. */
export const markSkipped = (payload: Payload, id: number, reason: string | null) =>
  poolOf(payload).query(`UPDATE mail_deliveries SET status = 'skipped', last_error = $2, updated_at = now() WHERE id = $1 AND status = 'queued'`, [id, reason])

/** Deliveries left "sending" by a sender that was killed: whether the server took them is unknown. */
export async function markInterrupted(payload: Payload): Promise<number> {
  const { rowCount } = await poolOf(payload).query(
    `UPDATE mail_deliveries SET status = 'uncertain', last_error = 'Gián đoạn khi đang gửi (CMS dừng đột ngột): không rõ máy chủ thư đã nhận chưa', updated_at = now() WHERE status = 'sending'`,
  )
  return rowCount ?? 0
}

export type DeliveryCounts = { recipients: number; sent: number; failed: number; bounced: number; uncertain: number; unsubscribed: number; queued: number }

export async function deliveryCounts(payload: Payload, sending: number): Promise<DeliveryCounts & { nextAttemptAt: Date | null }> {
  const { rows } = await poolOf(payload).query(
    `SELECT count(*)::int AS recipients,
            count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*) FILTER (WHERE status = 'bounced')::int AS bounced,
            count(*) FILTER (WHERE status = 'uncertain')::int AS uncertain,
            count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS queued,
            count(*) FILTER (WHERE unsubscribed)::int AS unsubscribed,
            min(next_attempt_at) FILTER (WHERE status = 'queued') AS "nextAttemptAt"
     FROM mail_deliveries WHERE sending_id = $1`,
    [sending],
  )
  return rows[0]
}

/**
 * A hard bounce counts against the address wherever it is (every list, and its subscription): one
 * mailbox that does not exist is suspended everywhere at the third.
 */
export async function recordHardBounce(payload: Payload, address: string, limit: number): Promise<void> {
  for (const table of ['subscribers', 'list_members']) {
    await poolOf(payload).query(
      `UPDATE ${table} SET hard_bounces = COALESCE(hard_bounces, 0) + 1,
         status = CASE WHEN COALESCE(hard_bounces, 0) + 1 >= $2 THEN 'suspended' ELSE status END, updated_at = now()
       WHERE email = $1`,
      [address, limit],
    )
  }
}
