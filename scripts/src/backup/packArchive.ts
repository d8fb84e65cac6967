import { createWriteStream } from 'node:fs'
import { readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { create as createTar } from 'tar'
import { MANIFEST_FILE } from './manifest'

/**
 * Packs the folder `staging` into the .tar.gz `file`, manifest first. It is written under a hidden
 * name and renamed once complete, so a killed backup leaves no archive that looks whole.
 */
export async function packArchive(staging: string, file: string): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`)
  const entries = [MANIFEST_FILE, ...(await readdir(staging)).filter((name) => name !== MANIFEST_FILE)]
  try {
    // The archive holds password hashes and the secret: for its owner's eyes only.
    await pipeline(createTar({ cwd: staging, gzip: true, portable: true }, entries), createWriteStream(partial, { mode: 0o600 }))
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
  }
}
