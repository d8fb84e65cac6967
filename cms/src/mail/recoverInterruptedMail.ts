import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { scheduleDigests } from './digests/scheduleDigests'
import { MAIL_QUEUE } from './queueMailJob'
import { markInterrupted } from './sending/deliveryStore'
import { schedulePurge } from './subscribers/purgeUnconfirmedTask'

/**
 * For the CMS process that runs the mail queue, at start: a message left "sending" by a killed
 * process is marked uncertain (never resent unasked), the jobs it left "processing" are given back
 * to the queue so mailings resume with the next recipient, and the digests and the purge of
 * unconfirmed requests have their next jobs waiting.
 */
export async function recoverInterruptedMail(payload: Payload): Promise<void> {
  const uncertain = await markInterrupted(payload)
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rowCount } = await pool.query(`UPDATE payload_jobs SET processing = false WHERE queue = $1 AND processing AND completed_at IS NULL`, [MAIL_QUEUE])
  if (uncertain || rowCount) payload.logger.warn(`Mail: resumed ${rowCount ?? 0} interrupted mail job(s); ${uncertain} message(s) cut off while being sent are marked uncertain.`)
  await scheduleDigests(payload)
  await schedulePurge(payload)
}
