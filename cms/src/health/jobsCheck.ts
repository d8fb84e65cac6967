import type { Pool } from 'pg'

export type QueueHealth = { waiting: number; oldestSeconds: number }
export type JobsHealth = { oldestSeconds: number | null; queues: Record<string, QueueHealth> }

/**
 * Jobs that are due and not done, per queue: how many and how long the oldest has been due. A job
 * due later (a scheduled publish, tomorrow's digest) is not late and not counted; one that failed
 * for good is not run again, so it is not waiting either. A job being run counts: one stuck there
 * is what this is for.
 */
export async function checkJobs(pool: Pool): Promise<JobsHealth> {
  const { rows } = await pool.query<{ queue: string | null; waiting: number; oldestSeconds: number }>(
    `SELECT queue, count(*)::int AS waiting,
            floor(extract(epoch FROM now() - min(greatest(created_at, wait_until))))::int AS "oldestSeconds"
     FROM payload_jobs
     WHERE completed_at IS NULL AND has_error IS NOT TRUE AND (wait_until IS NULL OR wait_until <= now())
     GROUP BY queue`,
  )
  const queues = Object.fromEntries(rows.map(({ queue, waiting, oldestSeconds }) => [queue ?? 'default', { waiting, oldestSeconds: Math.max(0, oldestSeconds) }]))
  const ages = Object.values(queues).map((queue) => queue.oldestSeconds)
  return { oldestSeconds: ages.length > 0 ? Math.max(...ages) : null, queues }
}
