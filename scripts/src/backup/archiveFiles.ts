import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

/** A file of an archive as its manifest lists it. */
export type ArchiveFile = { path: string; bytes: number; sha256: string }

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Size and checksum of `root`/`relative`. */
export async function describeFile(root: string, relative: string): Promise<ArchiveFile> {
  const file = path.join(root, relative)
  const [{ size }, sha256] = await Promise.all([stat(file), sha256File(file)])
  return { path: relative, bytes: size, sha256 }
}

/** Every regular file below `dir`, relative to it with forward slashes (as in a tar), sorted; none when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
