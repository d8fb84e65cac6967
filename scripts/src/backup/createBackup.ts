import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readStartConfig, repoRoot, type StartConfig } from '../config'
import { describeFile, listFiles, type ArchiveFile } from './archiveFiles'
import { archiveName } from './backupLocation'
import { openPortalDatabase } from './connectDatabase'
import { copyMedia } from './copyMedia'
import { dumpDatabase, type DatabaseDump } from './dumpDatabase'
import { writeLastBackup } from './lastBackup'
import { MANIFEST_FILE, MEDIA_FOLDER, SECRET_FILE, type Manifest } from './manifest'
import { OperatorError } from './operatorError'
import { packArchive } from './packArchive'
import { pruneBackups } from './pruneBackups'

type Env = Record<string, string | undefined>

export type BackupOptions = {
  env?: Env
  config?: StartConfig
  /** The archive to write; by default reform-news-<stamp>.tar.gz in BACKUP_DIR. */
  out?: string
  /** Keep only the newest `keep` archives of the archive's folder. */
  keep?: number
}

export type BackupResult = { file: string; bytes: number; seconds: number; manifest: Manifest; pruned: string[] }

/**
 * One archive of everything the portal needs to come back: the database's rows at one moment,
 * then the media files, the Payload secret and a manifest with a checksum of each. Works beside a
 * running `npm start`, or starts the embedded PostgreSQL for its own duration.
 */
export async function createBackup({ env = process.env, config = readStartConfig(env), out, keep }: BackupOptions = {}): Promise<BackupResult> {
  const started = performance.now()
  const createdAt = new Date()
  const file = path.resolve(out ?? path.join(config.backupDir, archiveName(createdAt)))
  if (existsSync(file)) throw new OperatorError(`${file} already exists; choose another name with --out.`)
  const dir = path.dirname(file)
  const createdDir = await mkdir(dir, { recursive: true, mode: 0o700 })
  // Beside the archive, on its disk: the media files are copied here first.
  const staging = await mkdtemp(path.join(dir, '.backup-'))
  let manifest: Manifest
  try {
    const database = await dumpFrom(config, staging)
    const { missing } = await copyMedia(config.mediaDir, path.join(staging, MEDIA_FOLDER))
    const secret = readSecret(config, env)
    if (secret !== undefined) await writeFile(path.join(staging, SECRET_FILE), secret, { mode: 0o600 })
    const files: ArchiveFile[] = []
    for (const relative of await listFiles(staging)) files.push(await describeFile(staging, relative))
    const media = files.filter((entry) => entry.path.startsWith(`${MEDIA_FOLDER}/`))
    manifest = {
      format: 1,
      product: product(),
      createdAt: createdAt.toISOString(),
      ...database,
      media: { files: media.length, bytes: media.reduce((sum, entry) => sum + entry.bytes, 0), missing },
      secret: secret !== undefined,
      files,
    }
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    await packArchive(staging, file)
  } catch (error) {
    // A failed backup leaves no trace, not even the folder it made for itself.
    if (createdDir) await rm(createdDir, { recursive: true, force: true })
    throw error
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
  const { size } = await stat(file)
  await writeLastBackup(dir, { file, createdAt: manifest.createdAt, bytes: size, counts: manifest.collections })
  const pruned = keep === undefined ? [] : await pruneBackups(dir, keep)
  return { file, bytes: size, seconds: (performance.now() - started) / 1000, manifest, pruned }
}

async function dumpFrom(config: StartConfig, root: string): Promise<DatabaseDump> {
  if (!config.externalDatabaseUrl && !existsSync(path.join(config.postgresDir, 'PG_VERSION'))) {
    throw new OperatorError(`there is no database in ${config.postgresDir} to back up. Set DATA_DIR to the data folder of \`npm start\` (or DATABASE_URL to its database).`)
  }
  const database = await openPortalDatabase(config)
  try {
    return await dumpDatabase(database.url, root)
  } finally {
    await database.stop()
  }
}

/** The secret the CMS runs with; unlike payloadSecret() it never makes one up. */
function readSecret(config: StartConfig, env: Env): string | undefined {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(config.dataDir, SECRET_FILE)
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}

function product(): Manifest['product'] {
  const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest['product']
  return { name, version }
}
