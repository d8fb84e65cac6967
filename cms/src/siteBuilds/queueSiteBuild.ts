import type { Payload, PayloadRequest } from 'payload'
import { formatDateTimeVi } from '@reform/shared'

/**
 * How long a queued build waits for more changes before it starts (they join it meanwhile). Short:
 * one save or bulk action is one request, and changes made while a build runs join the next one anyway.
 */
export const SETTLE_MS = 250

const QUEUEING = 'siteBuildQueueing'

/** Reasons listed on one build; a bulk import would otherwise grow the record without end. */
const MAX_LISTED = 30

/**
 * Queues a build of the public site in the Payload jobs queue, in the caller's transaction (so a
 * publish and its build are committed together or not at all). A build that is still waiting
 * takes the new reason instead of a second build being queued.
 */
type Options = {
  /** How long the build waits for more changes (and for the retry of a failed one). */
  delayMs?: number
  /** The failed build this one retries. */
  retryOf?: number
}

export function queueSiteBuild(req: PayloadRequest, reason: string, { delayMs = SETTLE_MS, retryOf }: Options = {}): Promise<void> {
  // A bulk update runs its documents' hooks side by side in one request: one at a time here, so
  // the second sees the build the first queued.
  const previous = (req.context[QUEUEING] as Promise<void> | undefined) ?? Promise.resolve()
  const queued = previous.then(() => queueOrJoin(req, reason, delayMs, retryOf))
  req.context[QUEUEING] = queued.catch(() => {})
  return queued
}

async function queueOrJoin(req: PayloadRequest, reason: string, delayMs: number, retryOf: number | undefined): Promise<void> {
  const { payload } = req
  const line = `${formatDateTimeVi(new Date())}: ${reason}`
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    req,
  })
  const waiting = docs[0]
  if (waiting) {
    const changes = (waiting.changes ?? 1) + 1
    const data = changes <= MAX_LISTED ? { changes, triggers: `${waiting.triggers ?? ''}\n${line}`.trim() } : { changes }
    // Only while it is still queued: a build the builder has just started may already have read the CMS.
    const joined = await payload.update({
      collection: 'site-builds',
      where: { and: [{ id: { equals: waiting.id } }, { status: { equals: 'queued' } }] },
      data,
      depth: 0,
      req,
    })
    if (joined.docs.length > 0) return
  }
  const build = await payload.create({ collection: 'site-builds', data: { status: 'queued', triggers: line, changes: 1, retryOf }, depth: 0, req })
  await queueBuildJob(payload, build.id, { delayMs, req })
}

/** The `buildSite` job that runs a queued build row, due after `delayMs`. */
export async function queueBuildJob(payload: Payload, build: number, { delayMs = 0, req }: { delayMs?: number; req?: PayloadRequest } = {}) {
  await payload.jobs.queue({ task: 'buildSite', queue: 'site', input: { build }, waitUntil: new Date(Date.now() + delayMs), req })
}
