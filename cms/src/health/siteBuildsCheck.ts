import path from 'node:path'
import type { Payload, Where } from 'payload'
import type { SiteBuild } from '../payload-types'
import { publicBuildReason } from './publicBuildReason'

export type BuildSummary = Pick<SiteBuild, 'id' | 'status'> & {
  reason: string | null
  changes: number
  startedAt: string | null
  finishedAt: string | null
  durationSeconds: number | null
}
export type LiveBuild = BuildSummary & { release: string | null }
export type SiteHealth = {
  /** The newest build that ended, whatever its result. */
  lastBuild: BuildSummary | null
  /** The newest build that succeeded: the release the site serves. */
  live: LiveBuild | null
  /** The build running or waiting to run (a running one is the oldest: it took in those queued before it). */
  next: BuildSummary | null
}

// The log is left out: it is long and may hold anything a build printed.
const SELECT = { status: true, triggers: true, changes: true, startedAt: true, finishedAt: true, durationSeconds: true, release: true } as const

function summary(build: SiteBuild): BuildSummary {
  const { id, status, changes, startedAt, finishedAt, durationSeconds, triggers } = build
  return {
    id,
    status,
    reason: publicBuildReason(triggers),
    changes: changes ?? 1,
    startedAt: startedAt ?? null,
    finishedAt: finishedAt ?? null,
    durationSeconds: durationSeconds ?? null,
  }
}

/** The site builds an operator looks at first, as the `site-builds` collection records them. */
export async function checkSiteBuilds(payload: Payload): Promise<SiteHealth> {
  const first = (where: Where, sort: string) =>
    payload.find({ collection: 'site-builds', where, sort, limit: 1, depth: 0, pagination: false, select: SELECT }).then(({ docs }) => (docs[0] as SiteBuild | undefined) ?? null)
  const [ended, succeeded, next] = await Promise.all([
    first({ status: { in: ['succeeded', 'failed'] } }, '-startedAt'),
    first({ status: { equals: 'succeeded' } }, '-startedAt'),
    first({ status: { in: ['queued', 'running'] } }, 'createdAt'),
  ])
  return {
    lastBuild: ended && summary(ended),
    // The release's folder name only: where the releases are on the server is nobody's business.
    live: succeeded && { ...summary(succeeded), release: succeeded.release ? path.basename(succeeded.release) : null },
    next: next && summary(next),
  }
}
