import type { Pool } from 'pg'

/**
 * The database's current snapshot (xmin:xmax:in-progress ids) as a change marker. Every write
 * transaction that commits after a snapshot was taken makes the next snapshot differ (it leaves
 * the in-progress list or raises xmax), whichever process wrote it — the CMS, the builder, an
 * import, a restore — so an answer computed under a marker stays true while the marker is the same.
 */
export async function databaseSnapshot(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot')
  return rows[0]!.snapshot
}
