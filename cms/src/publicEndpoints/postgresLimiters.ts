import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible'
import { poolOf } from '../mail/sending/deliveryStore'

/** The table the counters live in (created by a migration), so limits hold across CMS restarts. */
export const RATE_LIMIT_TABLE = 'feedback_rate_limits'

type Limit = { points: number; duration: number; blockDuration?: number }

/**
 * Rate limiters kept in PostgreSQL, one per named limit (key prefix `prefix` + name), made once
 * per Payload instance. The first limit's timer deletes expired rows of the whole table every five
 * minutes, so it stays small. With `memoryWhileDatabaseDown`, counting goes on in memory for as
 * long as the database does not answer.
 */
export function postgresLimiters<Name extends string>(
  limits: Record<Name, Limit>,
  { prefix = '', memoryWhileDatabaseDown = false }: { prefix?: string; memoryWhileDatabaseDown?: boolean } = {},
): (payload: Payload) => Record<Name, RateLimiterPostgres> {
  const names = Object.keys(limits) as Name[]
  const made = new WeakMap<Payload, Record<Name, RateLimiterPostgres>>()
  return (payload) => {
    let found = made.get(payload)
    if (!found) {
      const pool = poolOf(payload)
      const limiter = (name: Name) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: name === names[0],
          keyPrefix: `${prefix}${name}`,
          ...limits[name],
          ...(memoryWhileDatabaseDown ? { insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${prefix}${name}`, ...limits[name] }) } : {}),
        })
      found = Object.fromEntries(names.map((name) => [name, limiter(name)])) as Record<Name, RateLimiterPostgres>
      made.set(payload, found)
    }
    return found
  }
}
