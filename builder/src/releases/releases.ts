import { readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { checkBuiltSite, type ChangedSince, type LinkCache } from './checkBuiltSite'
import { readStoredJson, storeJson } from '@reform/site/storedJson'

export const LIVE = 'live'
/** What the last checks found in each page, so unchanged pages are not parsed again. */
const LINK_CHECK_CACHE = 'page-links.json'

type Options = {
  /** Builds the site into the folder it is given; throws when the build fails. */
  build: (outDir: string) => Promise<void>
  /** Holds one folder per release and the `live` link to the one being served. */
  releasesDir: string
  siteUrl: string
  /** After the build: which files it wrote since which release, when it knows (checks read only those). */
  changedSince?: () => ChangedSince | undefined
}

/** The links of the last checked release, per releases folder: kept in memory between builds. */
const linkCaches = new Map<string, LinkCache>()

async function linkCacheOf(releasesDir: string): Promise<LinkCache> {
  const known = linkCaches.get(releasesDir)
  if (known) return known
  const stored = (await readStoredJson(path.join(releasesDir, LINK_CHECK_CACHE))) as Partial<LinkCache> | undefined
  return { release: stored?.release, pages: stored?.pages ?? {} }
}

/**
 * On disk for a restarted builder, whose first build reads every page: written after whole builds
 * only, once live and in the background (tens of megabytes on a large site), by a rename. If it
 * fails, only that first check is slower.
 */
function saveLinkCache(releasesDir: string, cache: LinkCache): void {
  storeJson(path.join(releasesDir, LINK_CHECK_CACHE), cache).catch(() => undefined)
}

/**
 * Builds a new release into a fresh folder and, only if the build and its checks pass, points
 * `live` at it in one rename (readers see the old site or the new one, never half of each). A
 * failed build or check removes the new folder and leaves the live site untouched.
 */
export async function publishRelease({ build, releasesDir, siteUrl, changedSince }: Options): Promise<string> {
  const name = `release-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`
  const dir = path.join(releasesDir, name)
  let changes: ChangedSince | undefined
  try {
    await build(dir)
    changes = changedSince?.()
    const { problems, cache } = await checkBuiltSite(dir, siteUrl, { cache: await linkCacheOf(releasesDir), changedSince: changes })
    linkCaches.set(releasesDir, cache)
    if (problems.length > 0) throw new Error(`the new site has ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`)
  } catch (error) {
    // The build's own error is what the record needs; a folder left behind is pruned later.
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    throw error
  }
  const live = path.join(releasesDir, LIVE)
  const next = `${live}.next-${process.pid}`
  await rm(next, { force: true })
  await symlink(name, next)
  await rename(next, live)
  if (!changes) saveLinkCache(releasesDir, linkCaches.get(releasesDir)!)
  return dir
}

/** The folder `live` points at, if any. */
export async function liveRelease(releasesDir: string): Promise<string | undefined> {
  try {
    return path.join(releasesDir, await readlink(path.join(releasesDir, LIVE)))
  } catch {
    return undefined
  }
}

/**
 * Removes all but the newest `keep` releases besides the live one (for a quick look back). Left
 * out of publishRelease: deleting a large release takes seconds the publish need not wait for.
 */
export async function pruneReleases(releasesDir: string, keep = 2): Promise<void> {
  const current = path.basename((await liveRelease(releasesDir)) ?? '')
  const releases = (await readdir(releasesDir))
    .filter((entry) => entry.startsWith('release-') && entry !== current)
    .sort()
    .reverse()
  await Promise.all(releases.slice(keep).map((entry) => rm(path.join(releasesDir, entry), { recursive: true, force: true })))
}
