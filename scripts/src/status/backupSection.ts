import path from 'node:path'
import type { LastBackup } from './lastBackup'
import type { Section } from './statusRows'
import { byteSize, moment } from './timeText'

/** The newest backup the backup command recorded; none is worth a look, not an outage. */
export function backupSection(backup: LastBackup | undefined, now: Date): Section {
  if (!backup) return { rows: [['Last backup', 'no backup yet']], down: [] }
  // The total only: a count per collection (some thirty) would not fit a status line.
  const documents = Object.values(backup.counts ?? {}).reduce((sum, count) => sum + count, 0)
  const details = [moment(backup.createdAt, now), path.basename(backup.file), byteSize(backup.bytes), `${documents} documents`]
  return { rows: [['Last backup', details.join(', ')]], down: [] }
}
