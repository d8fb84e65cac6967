import type { Payload } from 'payload'

/**
 * Runs the mail queue as the CMS's autoRun would, until nothing due is left (an alert queues its
 * mailing, a mailing that waits queues itself for later: those are not due).
 */
export async function runMailJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const result = await payload.jobs.run({ queue: 'mail', limit: 50 })
    if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) return
  }
  throw new Error('The mail queue did not settle in 20 rounds')
}
