import type { Payload } from 'payload'

/** Builds the site into a new release and switches it live; throws (leaving the old site) on failure. */
export type PublishSite = (log: (line: string) => void) => Promise<{ release: string }>

/** Lines of the build's output kept on the build record. */
const LOG_TAIL_LINES = 60

/**
 * Runs one queued build: marks it running, folds in builds queued meanwhile by a concurrent
 * change, publishes the site and records the outcome. Writes go through without the job's
 * request so that staff see "running" while the build runs, not only when it ends.
 */
export async function runSiteBuild(payload: Payload, buildId: number, publishSite: PublishSite): Promise<'succeeded' | 'failed' | 'skipped'> {
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
  const finish = async (status: 'succeeded' | 'failed', extra: { release?: string }) => {
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
  try {
    const { release } = await publishSite(log)
    return await finish('succeeded', { release })
  } catch (error) {
    log(`Bản dựng lỗi, trang cũ vẫn chạy: ${error instanceof Error ? error.message : String(error)}`)
    return await finish('failed', {})
  }
}
