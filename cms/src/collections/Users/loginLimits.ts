import { createHash } from 'node:crypto'
import { AuthenticationError, type Payload, type PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { clientAddress } from '../../publicEndpoints/clientAddress'
import { poolOf } from '../../mail/sending/deliveryStore'
import { postgresLimiters, RATE_LIMIT_TABLE } from '../../publicEndpoints/postgresLimiters'

/**
 * Failed sign-ins, counted per client address before any account is locked, so that nobody can
 * lock someone else out from one address. Every attempt is counted first and given back when it
 * succeeds (so only failures stay counted), whether or not the e-mail has an account: an unknown
 * e-mail and a known one behave and answer alike.
 *
 * - `address`: failures from one client address, whatever the e-mail (guessing many accounts).
 * - `accountAddress`: failures for one e-mail from one address; the fifth locks that e-mail for
 *   that address only, for ten minutes (the lock users had before, now per address).
 * - `account`: failures for one e-mail from every address. One address cannot reach it (at most 5
 *   per 10 minutes, so 30 an hour); only many addresses together can, and even then the account's
 *   owner still signs in from an address they signed in from successfully before (`knownAddress`,
 *   kept 30 days).
 */
export const LOGIN_LIMITS = {
  address: { points: 20, duration: 15 * 60 },
  accountAddress: { points: 5, duration: 10 * 60, blockDuration: 10 * 60 },
  account: { points: 60, duration: 60 * 60, blockDuration: 10 * 60 },
  knownAddress: { points: 1, duration: 30 * 24 * 60 * 60 },
} as const

const KEY_PREFIX = 'login-'
// In the public endpoints' table: rate-limiter-flexible's own, one row per key.
const limitersOf = postgresLimiters(LOGIN_LIMITS, { prefix: KEY_PREFIX })

/** An e-mail as Payload's login compares it, hashed: the table holds no addresses of people. */
const accountKey = (email: string) => createHash('sha256').update(email.toLowerCase().trim()).digest('hex').slice(0, 32)

type Keys = { address: string; accountAddress: string; account: string }

function keysOf(req: PayloadRequest, email: string): Keys {
  const address = clientAddress(req.headers)
  const account = accountKey(email)
  return { address, accountAddress: `${account}|${address}`, account }
}

const CONTEXT_KEY = 'loginLimitKeys'

/**
 * Before Payload checks the password: counts this attempt, or refuses it with Payload's own
 * "wrong e-mail or password" error (same status, same message) when a limit is reached.
 */
export async function countLoginAttempt(req: PayloadRequest, email: string): Promise<void> {
  const keys = keysOf(req, email)
  const limits = limitersOf(req.payload)
  try {
    await limits.address.consume(keys.address)
    await limits.accountAddress.consume(keys.accountAddress)
    // An address the owner signed in from before is not held back by a lock that many other
    // addresses together caused; it still has its own two limits above.
    const known = await limits.knownAddress.get(keys.accountAddress)
    if (!known) await limits.account.consume(keys.account)
    req.context[CONTEXT_KEY] = { ...keys, countedAccount: !known }
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      req.payload.logger.warn({ msg: 'Login refused: too many failed attempts', address: keys.address })
      throw new AuthenticationError(req.t)
    }
    throw error
  }
}

/** After a successful sign-in: the attempt is given back, and the address is known for this account. */
export async function loginSucceeded(req: PayloadRequest): Promise<void> {
  const keys = req.context[CONTEXT_KEY] as (Keys & { countedAccount: boolean }) | undefined
  if (!keys) return
  delete req.context[CONTEXT_KEY]
  const limits = limitersOf(req.payload)
  await Promise.all([
    limits.address.reward(keys.address),
    limits.accountAddress.delete(keys.accountAddress),
    keys.countedAccount ? limits.account.reward(keys.account) : undefined,
    limits.knownAddress.set(keys.accountAddress, 1, LOGIN_LIMITS.knownAddress.duration),
  ])
}

/** An administrator's unlock: the e-mail's locks, from every address, are lifted. */
export async function unlockAccount(payload: Payload, email: string): Promise<void> {
  const account = accountKey(email)
  await poolOf(payload).query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE key = $1 OR key LIKE $2`, [`${KEY_PREFIX}account:${account}`, `${KEY_PREFIX}accountAddress:${account}|%`])
}
