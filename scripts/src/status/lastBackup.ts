import path from 'node:path'
import { readStoredJson } from '@reform/site/storedJson'

/** What the backup command writes to `$BACKUP_DIR/last-backup.json` after each backup. */
export type LastBackup = { file: string; createdAt: string; bytes: number; counts?: Record<string, number> }

export async function readLastBackup(backupDir: string): Promise<LastBackup | undefined> {
  const backup = (await readStoredJson(path.join(backupDir, 'last-backup.json'))) as LastBackup | undefined
  return backup && typeof backup.file === 'string' && typeof backup.createdAt === 'string' ? backup : undefined
}
