import { chmod, copyFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { readStartConfig, type StartConfig } from '../config'
import { archiveMigrations, createSchema } from './archiveMigrations'
import { openPortalDatabase } from './connectDatabase'
import { loadTables } from './loadTables'
import { SECRET_FILE, type Manifest } from './manifest'
import { OperatorError } from './operatorError'
import { placeMedia } from './placeMedia'
import { assertTargetIdle, occupiedParts, setTargetAside } from './restoreTarget'
import { fileStamp } from './stamp'
import { unpackArchive } from './unpackArchive'

type Env = Record<string, string | undefined>

export type RestoreOptions = {
  archive: string
  /** Move the target's current data aside instead of refusing to restore over it. */
  replace?: boolean
  env?: Env
  config?: StartConfig
}

export type RestoreResult = { manifest: Manifest; seconds: number; movedAside: string[]; embedded: boolean }

/**
 * Brings an archive of `npm run backup` back into the data folder (and DATABASE_URL's database):
 * everything is checked before anything is written, then the archive's own migrations make the
 * schema, its rows are loaded and counted in one transaction, and its media and secret are put back.
 */
export async function restoreBackup({ archive, replace = false, env = process.env, config = readStartConfig(env) }: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now()
  const stamp = fileStamp(new Date())
  await assertTargetIdle(config)
  // Beside the data folder, so the media files are moved into place rather than copied.
  const unpacked = `${config.dataDir}.restoring-${stamp}`
  try {
    const manifest = await unpackArchive(path.resolve(archive), unpacked)
    const migrations = archiveMigrations(manifest, archive)
    const occupied = await occupiedParts(config)
    if (occupied.length && !replace) {
      throw new OperatorError(
        `the target already holds data: ${occupied.join('; ')}. A restore only writes into an empty place. ` +
          `Point DATA_DIR (and DATABASE_URL, if you use one) at an empty one, or run again with --replace to move the current data aside (to ${config.dataDir}.before-restore-<time>); nothing is deleted. Nothing was changed.`,
      )
    }
    const movedAside = replace ? await setTargetAside(config, stamp) : []
    try {
      if (manifest.secret) {
        await mkdir(config.dataDir, { recursive: true })
        await copyFile(path.join(unpacked, SECRET_FILE), path.join(config.dataDir, SECRET_FILE))
        await chmod(path.join(config.dataDir, SECRET_FILE), 0o600)
      }
      const database = await openPortalDatabase(config)
      try {
        await createSchema(config, database.url, migrations)
        await loadTables(database.url, unpacked, manifest)
      } finally {
        await database.stop()
      }
      await placeMedia(unpacked, config.mediaDir, manifest.files)
      return { manifest, seconds: (performance.now() - started) / 1000, movedAside, embedded: !config.externalDatabaseUrl }
    } catch (error) {
      if (error instanceof Error) {
        error.message +=
          `\nThe restore stopped after it began writing, so ${config.dataDir}${config.externalDatabaseUrl ? ' and the database at DATABASE_URL' : ''} may hold part of it: ` +
          `run it again with --replace${movedAside.length ? `, or go back to the previous data (${movedAside.join('; ')})` : ''}.`
      }
      throw error
    }
  } finally {
    await rm(unpacked, { recursive: true, force: true })
  }
}
