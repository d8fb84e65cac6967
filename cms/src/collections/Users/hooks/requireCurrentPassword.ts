import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { AuthenticationError, type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { countLoginAttempt, loginSucceeded } from '../loginLimits'

export const CURRENT_PASSWORD_MISSING = 'Hãy nhập mật khẩu hiện tại để đổi mật khẩu.'
export const CURRENT_PASSWORD_WRONG = 'Mật khẩu hiện tại không đúng.'

// Payload's stored hash (auth/strategies/local/generatePasswordSaltHash.js in 3.90, not exported):
// `pbkdf2-sha256-v1:` + 600,000 rounds of 32 bytes, or the older bare 25,000 rounds of 512 bytes.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

async function passwordMatches(password: string, hash: unknown, salt: unknown): Promise<boolean> {
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const computed = await promisify(pbkdf2)(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return computed.length === stored.length && timingSafeEqual(computed, stored)
}

const refuse = (message: string): never => {
  throw new ValidationError({ collection: 'users', errors: [{ message, path: 'currentPassword' }] })
}

/**
 * Whoever changes their own password gives the current one (`currentPassword`, never stored), so a
 * session left open or a stolen token cannot take the account over; wrong guesses count like
 * failed sign-ins. An administrator setting someone else's password does not need it. Payload
 * itself then ends the account's other sessions (its tokens carry a session id checked on every
 * request): all of them when someone else set it, all but the one that made the change otherwise.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data || typeof data.password !== 'string' || !data.password) return data
  const ownAccount = req.user?.collection === 'users' && originalDoc && String(req.user.id) === String(originalDoc.id)
  if (!ownAccount) return data
  const currentPassword = typeof data.currentPassword === 'string' ? data.currentPassword : ''
  if (!currentPassword) refuse(CURRENT_PASSWORD_MISSING)
  const stored = await req.payload.db.findOne<{ id: number | string; email?: string; hash?: string; salt?: string }>({
    collection: 'users',
    req,
    where: { id: { equals: originalDoc.id } },
  })
  try {
    await countLoginAttempt(req, String(stored?.email ?? originalDoc.email))
  } catch (error) {
    if (error instanceof AuthenticationError) refuse(CURRENT_PASSWORD_WRONG)
    throw error
  }
  if (!(await passwordMatches(currentPassword, stored?.hash, stored?.salt))) refuse(CURRENT_PASSWORD_WRONG)
  await loginSucceeded(req)
  return data
}
