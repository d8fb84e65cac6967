import { createLocalReq, type Payload } from 'payload'
import { queueBuildJob, queueSiteBuild } from './queueSiteBuild'

/**
 * For a builder starting up: a build left "running" was cut short (the process was killed), so
 * its job is dropped and the build is queued again. Only one builder may run at a time.
 */
export async function recoverInterruptedBuilds(payload: Payload): Promise<number> {
  await payload.db.deleteMany({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: 'site' } }, { processing: { equals: true } }] },
  })
  const { docs } = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, pagination: false, depth: 0 })
  for (const build of docs) {
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { status: 'failed', finishedAt: new Date().toISOString(), log: 'Bản dựng bị gián đoạn (tiến trình dựng trang đã dừng); đã xếp lại một bản dựng mới.' },
      depth: 0,
    })
  }
  if (docs.length > 0) await queueSiteBuild(await createLocalReq({}, payload), `Dựng lại sau khi bản dựng #${docs.map((build) => build.id).join(', #')} bị gián đoạn`)
  return docs.length + (await requeueOrphanedBuilds(payload))
}

/**
 * A queued build whose job is gone (it failed or was lost before the build started) would take
 * every later change and never run: give it a job again. Returns how many there were.
 */
export async function requeueOrphanedBuilds(payload: Payload): Promise<number> {
  const [queued, jobs] = await Promise.all([
    payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, pagination: false, depth: 0 }),
    payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'site' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      pagination: false,
      depth: 0,
    }),
  ])
  const withJob = new Set(jobs.docs.map((job) => (job.input as { build?: number } | null)?.build))
  const orphans = queued.docs.filter((build) => !withJob.has(build.id))
  for (const build of orphans) await queueBuildJob(payload, build.id)
  return orphans.length
}
