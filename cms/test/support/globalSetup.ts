import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../../scripts/src/database/embeddedPostgres'
import { freePort } from '../../../scripts/src/process/ports'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
  }
}

/** One real PostgreSQL 17 for the test run; each test file makes its own fresh database in it. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'reform-test-pg-'))
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' })
  project.provide('postgresAdminUrl', database.url)
  return async () => {
    await database.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}
