import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { poolOf } from '../mail/sending/deliveryStore'

/** The table the counters live in (created by a migration), so limits hold across CMS restarts. */
export const RATE_LIMIT_TABLE = 'feedback_rate_limits'

/**
 * Requests one client (address) may make to each public endpoint. Submissions are few: a ward
 * office's shared computer may send several in an hour, a script hundreds a minute. Subscription
 * links come from mail: a person opens a few.
 */
export const PUBLIC_RATE_LIMITS = {
  'feedback-submit': { points: 10, duration: 60 * 60 },
  'feedback-start': { points: 60, duration: 10 * 60 },
  'feedback-status': { points: 60, duration: 10 * 60 },
  subscribe: { points: 10, duration: 60 * 60 },
  'subscribe-start': { points: 60, duration: 10 * 60 },
  'subscription-link': { points: 60, duration: 10 * 60 },
  // One-click unsubscribes come from a few servers of each large mail provider, for many people.
  'one-click-unsubscribe': { points: 1000, duration: 10 * 60 },
} as const

export type LimitedEndpoint = keyof typeof PUBLIC_RATE_LIMITS

const LIMITED_ENDPOINTS = Object.keys(PUBLIC_RATE_LIMITS) as LimitedEndpoint[]

const limiters = new WeakMap<Payload, Record<LimitedEndpoint, RateLimiterPostgres>>()

function limitersOf(payload: Payload): Record<LimitedEndpoint, RateLimiterPostgres> {
  let found = limiters.get(payload)
  if (!found) {
    const pool = poolOf(payload)
    const limiter = (endpoint: LimitedEndpoint) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        // Rows of clients gone quiet for an hour are deleted (every five minutes), so the table stays
        // small: one limiter's timer does it for the whole table.
        clearExpiredByTimeout: endpoint === LIMITED_ENDPOINTS[0],
        keyPrefix: endpoint,
        ...PUBLIC_RATE_LIMITS[endpoint],
        // Counting goes on in memory for as long as the database does not answer.
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: endpoint, ...PUBLIC_RATE_LIMITS[endpoint] }),
      })
    found = Object.fromEntries(LIMITED_ENDPOINTS.map((endpoint) => [endpoint, limiter(endpoint)])) as Record<LimitedEndpoint, RateLimiterPostgres>
    limiters.set(payload, found)
  }
  return found
}

/** Counts one request of `client`; the seconds it must wait when over the limit, else undefined. */
export async function overLimit(payload: Payload, endpoint: LimitedEndpoint, client: string): Promise<number | undefined> {
  try {
    await limitersOf(payload)[endpoint].consume(client)
    return undefined
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000))
    throw result
  }
}
