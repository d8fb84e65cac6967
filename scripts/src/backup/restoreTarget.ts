import { existsSync } from 'node:fs'
import { mkdir, readdir, rename } from 'node:fs/promises'
import path from 'node:path'
import type { StartConfig } from '../config'
import { portAcceptsConnections, runningEmbeddedPostgres } from '../database/runningEmbeddedPostgres'
import { publicSchemaObjects, setPublicSchemaAside } from './externalSchema'
import { SECRET_FILE } from './manifest'
import { listMediaFiles, setMediaAside } from './mediaAside'
import { OperatorError } from './operatorError'

/** Refuses to restore under a running portal: it would lose the restore or the restore its data. */
export async function assertTargetIdle(config: StartConfig): Promise<void> {
  const postgres = await runningEmbeddedPostgres(config.postgresDir)
  if (postgres) {
    throw new OperatorError(
      `${config.dataDir} is in use: PostgreSQL (process ${postgres.pid}, port ${postgres.port}) runs on its database, most likely for \`npm start\`. ` +
        'Stop it (Ctrl-C in its terminal), then run the restore again.',
    )
  }
  if (await portAcceptsConnections(config.cmsPort)) {
    throw new OperatorError(
      `something listens on the CMS port ${config.cmsPort}, most likely a running \`npm start\` of this portal. ` +
        "Stop it, then run the restore again (if that port belongs to another program, set CMS_PORT to the portal's port).",
    )
  }
}

/** What a restore would overwrite: its database, media files and secret, where they hold anything. */
export async function occupiedParts(config: StartConfig): Promise<string[]> {
  const parts: string[] = []
  if (config.externalDatabaseUrl) {
    const objects = await publicSchemaObjects(config.externalDatabaseUrl)
    if (objects) parts.push(`the schema public of the database at DATABASE_URL (${objects} objects)`)
  } else if (existsSync(config.postgresDir) && (await readdir(config.postgresDir)).length) {
    parts.push(`a database in ${config.postgresDir}`)
  }
  const media = (await listMediaFiles(config.mediaDir)).length
  if (media) parts.push(`${media} media files in ${config.mediaDir}`)
  if (existsSync(path.join(config.dataDir, SECRET_FILE))) parts.push(`a secret in ${path.join(config.dataDir, SECRET_FILE)}`)
  return parts
}

/**
 * For --replace: moves the data folder (and a MEDIA_DIR outside it) aside, whole, under a name
 * with the time, leaving the backups folder where it is; with DATABASE_URL, renames the schema
 * public. Nothing is deleted. Returns where each thing went.
 */
export async function setTargetAside(config: StartConfig, stamp: string): Promise<string[]> {
  const moved: string[] = []
  if (existsSync(config.dataDir)) {
    const aside = `${config.dataDir}.before-restore-${stamp}`
    await rename(config.dataDir, aside)
    await mkdir(config.dataDir)
    moved.push(`the previous data folder is now ${aside}`)
    const backups = path.relative(config.dataDir, config.backupDir)
    if (!backups.startsWith('..') && existsSync(path.join(aside, backups))) {
      await mkdir(path.dirname(path.join(config.dataDir, backups)), { recursive: true })
      await rename(path.join(aside, backups), path.join(config.dataDir, backups))
      moved.push(`its backups stay in ${path.join(config.dataDir, backups)}`)
    }
  }
  if (path.relative(config.dataDir, config.mediaDir).startsWith('..') && (await listMediaFiles(config.mediaDir)).length) {
    moved.push(`the previous media files are now in ${await setMediaAside(config.mediaDir, stamp)}`)
  }
  if (config.externalDatabaseUrl && (await publicSchemaObjects(config.externalDatabaseUrl))) {
    moved.push(`the previous tables are in the schema ${await setPublicSchemaAside(config.externalDatabaseUrl, stamp)} of the database at DATABASE_URL`)
  }
  return moved
}
