import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { postgresLimiters } from './postgresLimiters'

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

const limitersOf = postgresLimiters(PUBLIC_RATE_LIMITS, { memoryWhileDatabaseDown: true })

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
