import path from 'node:path'
import { Cron } from 'croner'
import { VIETNAM_TIME_ZONE } from '@reform/shared'
import { repoRoot, type StartConfig } from '../config'
import { runCommand } from '../process/runCommand'

/**
 * `npm start`'s daily backup (BACKUP_DAILY_AT, Vietnam time), keeping the newest BACKUP_KEEP
 * archives. Each runs `npm run backup` as a process of its own: a failure is logged and the portal
 * keeps running, and a backup still running at the next time is not started twice.
 */
export function scheduleDailyBackups(config: StartConfig, env: NodeJS.ProcessEnv, log: (line: string) => void): { stop: () => void; runNow: () => Promise<void> } | undefined {
  if (!config.backupDailyAt) return undefined
  const { hour, minute } = config.backupDailyAt
  const run = async () => {
    await runCommand('backup', 'tsx', [path.join(repoRoot, 'scripts/src/backup.ts'), '--keep', String(config.backupKeep)], { cwd: repoRoot, env }, log).catch((error: unknown) =>
      log(`[backup] the daily backup failed: ${error instanceof Error ? error.message : String(error)}; the portal keeps running.`),
    )
  }
  const job = new Cron(`${minute} ${hour} * * *`, { timezone: VIETNAM_TIME_ZONE, protect: true }, run)
  log(
    `Daily backup at ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} (Vietnam time) into ${config.backupDir}, the newest ${config.backupKeep} kept; next ${job.nextRun()?.toISOString()}.`,
  )
  return { stop: () => job.stop(), runNow: run }
}
