import { createLocalReq, type Payload } from 'payload'
import { alertWithheld } from './alertWithheld'
import { queueSiteBuild } from './queueSiteBuild'

/**
 * Builds the site into a new release and switches it live; throws (leaving the old site) on
 * failure. `afterLive` is work that may follow once the release is live (the search index, print
 * files); it may ask for a build to follow (`followUp`, its reason).
 */
export type PublishSite = (
  log: (line: string) => void,
) => Promise<{ release: string; withheld?: WithheldDocument[]; afterLive?: (options?: { buildWaiting?: () => Promise<boolean> }) => Promise<{ followUp?: string }> }>

/** A public document the build left out because it fails the site's schema (each failing field, in Vietnamese). */
export type WithheldDocument = { collection: string; id: string; title?: string; problems: Array<{ path: string; message: string }> }

const RETRY_AFTER_MS = 30_000

/** Lines of the build's output kept on the build record. */
const LOG_TAIL_LINES = 60

/**
 * Runs one queued build: marks it running, folds in builds queued meanwhile by a concurrent
 * change, publishes the site and records the outcome. Writes go through without the job's
 * request so that staff see "running" while the build runs, not only when it ends.
 */
export async function runSiteBuild(payload: Payload, buildId: number, publishSite: PublishSite): Promise<'succeeded' | 'failed' | 'skipped'> {
  try {
    return await buildAndRecord(payload, buildId, publishSite)
  } catch (error) {
    // Never leave the row queued or running without a job: later changes would wait on it for ever.
    await payload.update({
      collection: 'site-builds',
      id: buildId,
      data: { status: 'failed', finishedAt: new Date().toISOString(), log: `Bản dựng lỗi: ${error instanceof Error ? error.message : String(error)}` },
      depth: 0,
    })
    throw error
  }
}

async function buildAndRecord(payload: Payload, buildId: number, publishSite: PublishSite): Promise<'succeeded' | 'failed' | 'skipped'> {
  const build = await payload.findByID({ collection: 'site-builds', id: buildId, depth: 0, disableErrors: true })
  if (!build || build.status !== 'queued') return 'skipped'
  const startedAt = new Date()
  const others = await payload.find({
    collection: 'site-builds',
    where: { and: [{ status: { equals: 'queued' } }, { id: { not_equals: buildId } }] },
    pagination: false,
    depth: 0,
  })
  const triggers = [build.triggers, ...others.docs.map((other) => other.triggers)].filter(Boolean).join('\n')
  const changes = [build, ...others.docs].reduce((sum, each) => sum + (each.changes ?? 1), 0)
  await payload.update({ collection: 'site-builds', id: buildId, data: { status: 'running', startedAt: startedAt.toISOString(), triggers, changes }, depth: 0 })
  for (const other of others.docs) {
    await payload.update({ collection: 'site-builds', id: other.id, data: { status: 'merged', mergedInto: buildId }, depth: 0 })
  }

  const lines: string[] = []
  const log = (line: string) => {
    lines.push(line)
    if (lines.length > LOG_TAIL_LINES) lines.shift()
  }
  const finish = async (status: 'succeeded' | 'failed', extra: { release?: string; hasErrors?: boolean; withheld?: WithheldDocument[] }) => {
    const finishedAt = new Date()
    await payload.update({
      collection: 'site-builds',
      id: buildId,
      data: {
        status,
        finishedAt: finishedAt.toISOString(),
        durationSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 100) / 10,
        log: lines.join('\n'),
        ...extra,
      },
      depth: 0,
    })
    return status
  }
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
  let published: Awaited<ReturnType<PublishSite>>
  try {
    published = await publishSite(log)
  } catch (error) {
    log(`Bản dựng lỗi, trang cũ vẫn chạy: ${message(error)}`)
    await finish('failed', {})
    // Once, a little later: the cause may pass (a CMS restarting); a build that keeps failing
    // waits for the next change instead of retrying for ever.
    if (!build.retryOf) {
      await queueSiteBuild(await createLocalReq({}, payload), `Thử lại sau bản dựng lỗi #${buildId}`, { delayMs: RETRY_AFTER_MS, retryOf: buildId })
    }
    return 'failed'
  }
  // Documents left out as invalid: the build went live without them and is marked "có lỗi".
  const withheld = published.withheld ?? []
  await finish('succeeded', { release: published.release, hasErrors: withheld.length > 0, withheld })
  if (withheld.length > 0) await alertWithheld(payload, buildId, withheld).catch((error: unknown) => payload.logger.error(`Withheld-documents alert not queued: ${message(error)}`))
  if (published.afterLive) {
    // The release is live either way; a failure here leaves it with the previous search index or print files.
    // Work that may wait: a print step ends early once another build is queued.
    const buildWaiting = async () => (await payload.count({ collection: 'site-builds', where: { status: { equals: 'queued' } } })).totalDocs > 0
    const after = await published.afterLive({ buildWaiting }).catch((error: unknown): { followUp?: string } => {
      log(`Việc sau khi lên mạng chưa xong (chỉ mục tìm kiếm, bản in): ${message(error)}`)
      return {}
    })
    await payload.update({ collection: 'site-builds', id: buildId, data: { log: lines.join('\n') }, depth: 0 })
    // The build has succeeded: a follow-up that cannot be queued is logged, never a failure of it.
    if (after.followUp)
      await queueSiteBuild(await createLocalReq({}, payload), after.followUp).catch((error: unknown) => payload.logger.error(`Follow-up build not queued: ${message(error)}`))
  }
  return 'succeeded'
}
