import type { Payload } from 'payload'
import { scheduleDigests } from './digests/scheduleDigests'
import { MAIL_QUEUE } from './queueMailJob'
import { markInterrupted, poolOf } from './sending/deliveryStore'
import { schedulePurge } from './subscribers/purgeUnconfirmedTask'

// The advisory lock the mail runner holds for its lifetime (any number no other lock of ours uses).
const MAIL_RUNNER_LOCK = 7_140_003

/**
 * For the CMS process that runs the mail queue, at start: a message left "sending" by a killed
 * process is marked uncertain (never resent unasked), the jobs it left "processing" are given back
 * to the queue, a mailing that lost its job gets one, and the digests and the purge of unconfirmed
 * requests have their next jobs waiting. Only the first such process on a database does this (it
 * holds a lock while it lives): a second one must not take over what a live one is sending.
 */
export async function recoverInterruptedMail(payload: Payload): Promise<void> {
  const runner = await poolOf(payload).connect()
  const { rows } = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [MAIL_RUNNER_LOCK])
  if (!rows[0].locked) {
    runner.release()
    payload.logger.warn('Mail: another process already runs the mail queue on this database (set JOBS_AUTORUN=false here); nothing recovered.')
    return
  }
  // Held by this connection until the process ends (a killed process's lock goes with its connection).
  runner.on('error', () => {})
  const uncertain = await markInterrupted(payload)
  const released = await poolOf(payload).query(`UPDATE payload_jobs SET processing = false WHERE queue = $1 AND processing AND completed_at IS NULL`, [MAIL_QUEUE])
  const orphans = await poolOf(payload).query<{ id: number }>(
    `SELECT s.id FROM mail_sendings s WHERE s.status <> 'done' AND NOT EXISTS (
       SELECT 1 FROM payload_jobs j WHERE j.queue = $1 AND j.task_slug = 'sendMailing' AND j.completed_at IS NULL
         AND (j.has_error IS NULL OR NOT j.has_error) AND (j.input->>'sending')::int = s.id)`,
    [MAIL_QUEUE],
  )
  for (const { id } of orphans.rows) await payload.jobs.queue({ task: 'sendMailing', queue: MAIL_QUEUE, input: { sending: id } })
  if (uncertain || released.rowCount || orphans.rowCount) {
    payload.logger.warn(
      `Mail: resumed ${released.rowCount ?? 0} interrupted job(s) and ${orphans.rowCount ?? 0} mailing(s) without one; ${uncertain} message(s) cut off while being sent are marked uncertain.`,
    )
  }
  await scheduleDigests(payload)
  await schedulePurge(payload)
}
