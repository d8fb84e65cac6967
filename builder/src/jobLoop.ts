import { utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createLocalReq, type Payload } from 'payload'
import { queueSiteBuild } from '@reform/cms/queueSiteBuild'
import { recoverInterruptedBuilds, requeueOrphanedBuilds } from '@reform/cms/recoverInterruptedBuilds'
import { takeBuilderLock } from './builderLock'
import { OLD_LINKS_DIR, writeRedirects } from './oldLinks/oldLinks'

export const HEARTBEAT_FILE = 'builder-heartbeat'
const HEARTBEAT_EVERY_MS = 10_000
const ORPHAN_CHECK_EVERY_MS = 60_000
/** The pause between looks at an empty queue: a publish waits for the next look (a cheap query). */
const IDLE_POLL_MS = 250

type Options = {
  payload: Payload
  /** Where the release folders and the `live` link are; the heartbeat file and the old links' nginx maps go there too. */
  releasesDir: string
  /** Pause between looks at the queue when it is empty. */
  pollMs?: number
  stopped: () => boolean
  log: (line: string) => void
}

/**
 * The builder's loop: recovers builds a killed builder left behind, queues one build at start
 * (the site code may be new), then runs `site` jobs one at a time until stopped, bringing the old
 * links of an imported portal up to date after each (an imported draft published, a slug changed).
 * Only one builder runs per database: a second one stops at once (a PostgreSQL advisory lock).
 */
export async function runSiteBuilder({ payload, releasesDir, pollMs = IDLE_POLL_MS, stopped, log }: Options): Promise<void> {
  const releaseLock = await takeBuilderLock(payload)
  try {
    await serveBuilds({ payload, releasesDir, pollMs, stopped, log })
  } finally {
    await releaseLock()
  }
}

async function serveBuilds({ payload, releasesDir, pollMs, stopped, log }: Required<Options>): Promise<void> {
  const recovered = await recoverInterruptedBuilds(payload)
  if (recovered > 0) log(`${recovered} interrupted build(s) queued again.`)
  await queueSiteBuild(await createLocalReq({}, payload), 'Tiến trình dựng trang khởi động')
  // On a timer, not per loop: a long build must not look like a dead builder.
  const heartbeat = path.join(releasesDir, HEARTBEAT_FILE)
  await touch(heartbeat)
  const beating = setInterval(() => void touch(heartbeat), HEARTBEAT_EVERY_MS)
  try {
    let orphansCheckedAt = Date.now()
    await runSiteJobs(payload, {
      pollMs,
      done: async (ran) => {
        if (ran) await refreshOldLinks(payload, releasesDir, log)
        if (Date.now() - orphansCheckedAt > ORPHAN_CHECK_EVERY_MS) {
          orphansCheckedAt = Date.now()
          const orphans = await requeueOrphanedBuilds(payload)
          if (orphans > 0) log(`${orphans} queued build(s) had lost their job; queued again.`)
        }
        return stopped()
      },
    })
  } finally {
    clearInterval(beating)
  }
}

/** The old-link maps nginx and the local server read (deploy/nginx/nginx.conf), written when they changed; the release carries its own redirect pages. */
async function refreshOldLinks(payload: Payload, releasesDir: string, log: (line: string) => void): Promise<void> {
  try {
    const { paths, requests, written } = await writeRedirects(payload, path.join(releasesDir, OLD_LINKS_DIR))
    if (written) log(`old links of imported items written: ${paths} addresses, ${requests} with a query`)
  } catch (error) {
    // The site is live either way; the next build tries again.
    log(`old links of imported items not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

// The health check of the builder container reads this file's age.
async function touch(file: string): Promise<void> {
  const now = new Date()
  await utimes(file, now, now).catch(() => writeFile(file, ''))
}

/** Runs due `site` jobs one at a time until `done(ran)` says so (`ran`: a job just ran), pausing `pollMs` while none is due. */
export async function runSiteJobs(payload: Payload, { done, pollMs = IDLE_POLL_MS }: { done: (ran: boolean) => boolean | Promise<boolean>; pollMs?: number }): Promise<void> {
  let ran = false
  while (!(await done(ran))) {
    const { jobStatus } = await payload.jobs.run({ queue: 'site', limit: 1, silent: true })
    ran = Object.keys(jobStatus ?? {}).length > 0
    if (!ran) await sleep(pollMs)
  }
}
