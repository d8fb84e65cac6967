import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * A digest of `seed` and every file under `sources` (files or folders, relative to `baseDir`), with
 * their paths: what decides whether something built from them can be reused.
 */
export async function filesDigest(baseDir: string, seed: string, sources: string[]): Promise<string> {
  const hash = createHash('sha256').update(seed)
  for (const source of sources) {
    const at = path.join(baseDir, source)
    const files = (await readdir(at, { recursive: true, withFileTypes: true }).catch(() => undefined))
      ?.filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort() ?? [at]
    for (const file of files) hash.update(`\0${path.relative(baseDir, file)}\0`).update(await readFile(file))
  }
  return hash.digest('base64url')
}
