import { lstat, stat } from 'node:fs/promises'
import path from 'node:path'
import { LIVE, liveRelease } from '@reform/builder/releases'

export type LiveReleaseInfo = { name: string; since: Date; present: boolean }

/** The release the site server serves: the folder `live` points at, and since when. */
export async function readLiveRelease(releasesDir: string): Promise<LiveReleaseInfo | undefined> {
  const dir = await liveRelease(releasesDir)
  if (!dir) return undefined
  // Each switch renames a new link over `live`, so the link's own time is when this release went live.
  const { mtime } = await lstat(path.join(releasesDir, LIVE))
  const present = await stat(dir).then(
    (found) => found.isDirectory(),
    () => false,
  )
  return { name: path.basename(dir), since: mtime, present }
}
