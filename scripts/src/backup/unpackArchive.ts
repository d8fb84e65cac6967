import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { extract, list } from 'tar'
import { describeFile, listFiles } from './archiveFiles'
import { MANIFEST_FILE, readManifest, type Manifest } from './manifest'
import { OperatorError } from './operatorError'

/**
 * Unpacks `archive` into the new folder `into` and checks every file against the manifest's size
 * and sha256, so a damaged or altered archive is refused before anything of the target is touched.
 */
export async function unpackArchive(archive: string, into: string): Promise<Manifest> {
  if (!existsSync(archive)) throw new OperatorError(`${archive} does not exist.`)
  try {
    // A first pass writes nothing: it reads every byte, so gzip's checksum and the tar structure are checked.
    await list({ file: archive, strict: true })
  } catch (error) {
    throw new OperatorError(`${archive} cannot be read (${(error as Error).message}): it is damaged or incomplete. Nothing was changed; use another backup.`)
  }
  await mkdir(into, { recursive: true })
  // Regular files and folders only: an archive of ours has nothing else (no links to follow out).
  const plain = (_path: string, entry: object) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory'
  await extract({ file: archive, cwd: into, strict: true, filter: plain })
  const manifest = await readManifest(path.join(into, MANIFEST_FILE), archive)
  const present = new Set(await listFiles(into))
  present.delete(MANIFEST_FILE)
  const problems: string[] = []
  for (const listed of manifest.files) {
    if (!present.delete(listed.path)) {
      problems.push(`${listed.path} is missing`)
      continue
    }
    const actual = await describeFile(into, listed.path)
    if (actual.bytes !== listed.bytes || actual.sha256 !== listed.sha256) problems.push(`${listed.path} does not match its checksum`)
  }
  for (const extra of present) problems.push(`${extra} is not in the manifest`)
  if (problems.length) {
    const shown = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '')
    throw new OperatorError(`${archive} fails the check against its manifest (${shown}): it is damaged or was altered. Nothing was changed; use another backup.`)
  }
  return manifest
}
