import type { Payload } from 'payload'
import { MAIL_QUEUE } from '../queueMailJob'
import { DIGEST_FREQUENCIES, nextDigestTime } from './digestTimes'

/**
 * Makes sure each digest has its next job waiting (at start-up, and by each digest for the one
 * after it): exactly one per frequency, whatever ran twice.
 */
export async function scheduleDigests(payload: Payload, after = new Date()): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'sendDigest' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const frequency of DIGEST_FREQUENCIES) {
    const next = nextDigestTime(frequency, after)
    const waiting = docs.some((job) => {
      const input = job.input as { frequency?: string; periodEnd?: string } | null
      return input?.frequency === frequency && input.periodEnd !== undefined && new Date(input.periodEnd).getTime() >= next.getTime()
    })
    if (!waiting) await payload.jobs.queue({ task: 'sendDigest', queue: MAIL_QUEUE, input: { frequency, periodEnd: next.toISOString() }, waitUntil: next })
  }
}
