import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { LastBackup } from '../status/lastBackup'

/** Beside each archive, for `npm run status` (status/lastBackup.ts reads it). */
export async function writeLastBackup(dir: string, record: Required<LastBackup>): Promise<void> {
  // Renamed into place, so a reader never sees half a file.
  const partial = path.join(dir, '.last-backup.json.partial')
  await writeFile(partial, `${JSON.stringify(record, null, 2)}\n`)
  await rename(partial, path.join(dir, 'last-backup.json'))
}
