import type { Endpoint, Payload } from 'payload'
import { poolOf } from '../mail/sending/deliveryStore'
import { migrations } from '../migrations'
import { checkDatabase, type DatabaseHealth } from './databaseCheck'
import { checkJobs, type JobsHealth } from './jobsCheck'
import { checkMigrations, type MigrationsHealth } from './migrationsCheck'
import { checkSiteBuilds, type SiteHealth } from './siteBuildsCheck'

/** What `GET /api/health` answers. A check that could not run is null (its error goes to the CMS log only). */
export type HealthReport = {
  /** The database answers and every committed migration has run: the CMS can serve. */
  ok: boolean
  checkedAt: string
  database: DatabaseHealth
  migrations: MigrationsHealth | null
  jobs: JobsHealth | null
  site: SiteHealth | null
}

async function orNull<T>(payload: Payload, name: string, check: Promise<T>): Promise<T | null> {
  try {
    return await check
  } catch (error) {
    payload.logger.error({ err: error, msg: `Health check "${name}" failed` })
    return null
  }
}

export async function healthReport(payload: Payload): Promise<HealthReport> {
  const pool = poolOf(payload)
  const database = await checkDatabase(pool)
  // Without a database the other checks could only wait for the same timeout.
  const [migrationsHealth, jobs, site] = database.reachable
    ? await Promise.all([
        orNull(payload, 'migrations', checkMigrations(pool, migrations)),
        orNull(payload, 'jobs', checkJobs(pool)),
        orNull(payload, 'site', checkSiteBuilds(payload)),
      ])
    : [null, null, null]
  const ok = database.reachable && migrationsHealth !== null && migrationsHealth.pending.length === 0
  return { ok, checkedAt: new Date().toISOString(), database, migrations: migrationsHealth, jobs, site }
}

/**
 * `GET /api/health`, for the container's health check (every 15 s), monitoring and `npm run
 * status`: 200 when the CMS can serve, 503 otherwise, the report in both. Anyone may call it, so
 * it holds counts, times and states only: no address, name, title or log line.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await healthReport(req.payload)
    return Response.json(report, { status: report.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
  },
}
