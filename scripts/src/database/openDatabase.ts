import type { StartConfig } from '../config'
import { startEmbeddedPostgres, type RunningDatabase } from './embeddedPostgres'

/** DATABASE_URL set: use that server and start nothing. Otherwise the embedded PostgreSQL 17. */
export async function openDatabase(config: StartConfig, log: (line: string) => void): Promise<RunningDatabase & { embedded: boolean }> {
  if (config.externalDatabaseUrl) {
    return { url: config.externalDatabaseUrl, stop: async () => {}, embedded: false }
  }
  const database = await startEmbeddedPostgres({
    dataDir: config.postgresDir,
    port: config.embeddedDbPort,
    database: 'reform',
    log,
  })
  return { ...database, embedded: true }
}
