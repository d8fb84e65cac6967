import { mkdir, readdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { listFiles } from './archiveFiles'

/** Media a --replace restore kept, inside MEDIA_DIR itself (see setMediaAside). */
const ASIDE_PREFIX = '.before-restore-'

/** The media files of MEDIA_DIR, leaving out what an earlier restore set aside there. */
export async function listMediaFiles(mediaDir: string): Promise<string[]> {
  return (await listFiles(mediaDir)).filter((file) => !file.startsWith(ASIDE_PREFIX))
}

/**
 * Moves MEDIA_DIR's files into a folder inside it rather than renaming it: a MEDIA_DIR outside the
 * data folder is often a mount point (the compose file's media volume), which cannot be renamed,
 * and a sibling folder could be on another disk. Payload serves files by name, never that folder.
 */
export async function setMediaAside(mediaDir: string, stamp: string): Promise<string> {
  const aside = path.join(mediaDir, `${ASIDE_PREFIX}${stamp}`)
  const entries = (await readdir(mediaDir)).filter((name) => !name.startsWith(ASIDE_PREFIX))
  await mkdir(aside)
  for (const name of entries) await rename(path.join(mediaDir, name), path.join(aside, name))
  return aside
}
