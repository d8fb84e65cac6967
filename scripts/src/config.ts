import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOCAL_CMS_PORT, LOCAL_PREVIEW_PORT, LOCAL_SITE_PORT, localUrl } from '@reform/shared'
import { port, type Env } from '@reform/shared/environment'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** `BACKUP_DAILY_AT`: a time of day, HH:MM in Vietnam, or unset for no daily backup. */
function dailyTime(env: Env): { hour: number; minute: number } | undefined {
  const raw = env.BACKUP_DAILY_AT
  if (raw === undefined || raw === '') return undefined
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw)
  if (!match) throw new Error(`BACKUP_DAILY_AT=${raw} is not a time of day: write it as HH:MM (24-hour, Vietnam time), e.g. BACKUP_DAILY_AT=02:30.`)
  return { hour: Number(match[1]), minute: Number(match[2]) }
}

function positiveCount(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${raw} must be a whole number, at least 1.`)
  return value
}

/** Everything `npm start` needs to know, from the environment with embedded defaults. */
export function readStartConfig(env: Env = process.env) {
  const cmsPort = port(env, 'CMS_PORT', LOCAL_CMS_PORT)
  const sitePort = port(env, 'SITE_PORT', LOCAL_SITE_PORT)
  const previewPort = port(env, 'PREVIEW_PORT', LOCAL_PREVIEW_PORT)
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data'))
  return {
    cmsPort,
    sitePort,
    previewPort,
    embeddedDbPort: port(env, 'EMBEDDED_DB_PORT', 54329),
    dataDir,
    postgresDir: path.join(dataDir, 'postgres'),
    mediaDir: path.resolve(env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    releasesDir: path.resolve(env.SITE_RELEASES_DIR ?? path.join(dataDir, 'site')),
    externalDatabaseUrl: env.DATABASE_URL || undefined,
    cmsPublicUrl: (env.CMS_PUBLIC_URL ?? localUrl(cmsPort)).replace(/\/$/, ''),
    siteUrl: env.SITE_URL ?? localUrl(sitePort),
    previewUrl: (env.PREVIEW_URL ?? localUrl(previewPort)).replace(/\/$/, ''),
    previewCacheDir: path.join(dataDir, 'preview-cache'),
    // A relay of your own; unset, `npm start` runs its local mail catcher instead.
    smtpUrl: env.SMTP_URL || undefined,
    mailCatcherSmtpPort: port(env, 'MAIL_CATCHER_SMTP_PORT', 1025),
    mailCatcherWebPort: port(env, 'MAIL_CATCHER_WEB_PORT', 1080),
    mailCatcherDir: path.join(dataDir, 'mail'),
    backupDir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
    backupDailyAt: dailyTime(env),
    backupKeep: positiveCount(env, 'BACKUP_KEEP', 7),
  }
}

export type StartConfig = ReturnType<typeof readStartConfig>
