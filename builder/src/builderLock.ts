import type { Payload } from 'payload'

// Any fixed number: the key of PostgreSQL's advisory lock that one builder holds per database.
const BUILDER_LOCK_KEY = 760_2026

/**
 * Takes the database-wide "site builder" lock for as long as the returned release is not called,
 * or throws if another builder holds it: two builders would run the same builds and each treat
 * the other's running builds as interrupted.
 */
export async function takeBuilderLock(payload: Payload): Promise<() => Promise<void>> {
  const client = await payload.db.pool.connect()
  // On Ctrl-C the database stops alongside the builder and ends this connection: not a crash.
  client.on('error', () => {})
  const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [BUILDER_LOCK_KEY])
  if (!rows[0]?.locked) {
    client.release()
    throw new Error('Another site builder is running on this database; only one may run at a time.')
  }
  return async () => {
    // A connection already cut (the database stopped) took the lock with it.
    const failed = await client.query('select pg_advisory_unlock($1)', [BUILDER_LOCK_KEY]).then(
      () => undefined,
      (error: Error) => error,
    )
    client.release(failed)
  }
}
