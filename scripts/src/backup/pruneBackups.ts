import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { ARCHIVE_NAME } from './backupLocation'

/** Deletes all but the newest `keep` archives of `npm run backup` in `dir` (their names sort by time); returns the deleted names. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const archives = (await readdir(dir))
    .filter((name) => ARCHIVE_NAME.test(name))
    .sort()
    .reverse()
  const old = archives.slice(keep)
  for (const name of old) await rm(path.join(dir, name))
  return old
}
