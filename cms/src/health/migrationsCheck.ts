import type { Pool } from 'pg'

export type MigrationsHealth = { committed: number; applied: number; pending: string[] }

const UNDEFINED_TABLE = '42P01'

/** The committed migrations (cms/src/migrations/index.ts) the database has not run yet, by name. */
export async function checkMigrations(pool: Pool, committed: ReadonlyArray<{ name: string }>): Promise<MigrationsHealth> {
  const applied = await pool.query<{ name: string }>('SELECT DISTINCT name FROM payload_migrations').then(
    ({ rows }) => new Set(rows.map((row) => row.name)),
    // A database no migration ever ran on has no table yet: everything is pending.
    (error: { code?: string }) => {
      if (error.code === UNDEFINED_TABLE) return new Set<string>()
      throw error
    },
  )
  return { committed: committed.length, applied: applied.size, pending: committed.map((migration) => migration.name).filter((name) => !applied.has(name)) }
}
