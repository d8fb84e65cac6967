import type { Pool } from 'pg'

export type DatabaseHealth = { reachable: boolean; ms: number }

/** Long enough for a busy server, short enough that a health check polled every 15 s never piles up. */
const TIMEOUT_MS = 2000

/** Whether PostgreSQL answers a trivial query in time, and how long it took. */
export async function checkDatabase(pool: Pool): Promise<DatabaseHealth> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  // pg waits for a connection without limit by default: the check gives up on its own.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)
  })
  const reachable = await Promise.race([pool.query('SELECT 1'), timeout]).then(
    () => true,
    () => false,
  )
  clearTimeout(timer)
  return { reachable, ms: Math.round(performance.now() - started) }
}
