import type { Payload, TaskConfig } from 'payload'
import { UNCONFIRMED_KEPT_DAYS } from '@reform/shared'
import { MAIL_QUEUE } from '../queueMailJob'

const HOUR = 3_600_000

/** Deletes subscription requests nobody confirmed within 7 days (through the Local API: their deliveries forget them too). */
export async function purgeUnconfirmed(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_KEPT_DAYS * 24 * HOUR).toISOString()
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'pending' } }, { requestedAt: { less_than: cutoff } }] },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** Queues the next hourly purge unless one is waiting. */
export async function schedulePurge(payload: Payload, after = new Date()): Promise<void> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'purgeUnconfirmed' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { equals: false } }] },
    overrideAccess: true,
  })
  if (totalDocs === 0) await payload.jobs.queue({ task: 'purgeUnconfirmed', queue: MAIL_QUEUE, input: {}, waitUntil: new Date(after.getTime() + HOUR) })
}

/** The hourly `purgeUnconfirmed` job. */
export const purgeUnconfirmedTask: TaskConfig<'purgeUnconfirmed'> = {
  slug: 'purgeUnconfirmed',
  label: 'Xóa đăng ký chưa xác nhận quá 7 ngày',
  inputSchema: [],
  retries: 2,
  handler: async ({ req }) => {
    // The next one first: a purge that fails must not end the hourly chain.
    await schedulePurge(req.payload)
    await purgeUnconfirmed(req.payload)
    return { output: {} }
  },
}
