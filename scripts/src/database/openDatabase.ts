import type { StartConfig } from '../config'
import { embeddedDatabaseUrl, startEmbeddedPostgres, type RunningDatabase } from './embeddedPostgres'
import { runningEmbeddedPostgres } from './runningEmbeddedPostgres'

const DATABASE = 'reform'

/**
 * DATABASE_URL set: use that server and start nothing. Otherwise the embedded PostgreSQL 17 of
 * the data folder: the one already running there (npm start's, so seed, backup and other scripts
 * work beside it; stop() leaves it running), or one started for the caller.
 */
export async function openDatabase(config: StartConfig, log: (line: string) => void): Promise<RunningDatabase & { embedded: boolean }> {
  if (config.externalDatabaseUrl) {
    return { url: config.externalDatabaseUrl, stop: async () => {}, embedded: false }
  }
  const running = await runningEmbeddedPostgres(config.postgresDir)
  if (running) {
    return { url: embeddedDatabaseUrl(running.port, DATABASE), stop: async () => {}, embedded: true }
  }
  const database = await startEmbeddedPostgres({
    dataDir: config.postgresDir,
    port: config.embeddedDbPort,
    database: DATABASE,
    log,
  })
  return { ...database, embedded: true }
}
