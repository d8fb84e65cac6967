import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/roles'
import { countLoginAttempt, loginSucceeded, unlockAccount } from '../loginLimits'

export const UNLOCK_REFUSED = 'Chỉ Quản trị hệ thống được mở khóa tài khoản.'

/**
 * Sign-in (REST `/api/users/login`, GraphQL `loginUser`, the admin's form, which posts to REST):
 * counts the attempt per client address before Payload checks the password (`loginLimits.ts`).
 * Unlock (REST `/api/users/unlock`, GraphQL `unlockUser`, the admin's "Mở khóa" button): the
 * administrator's alone (as `access.unlock`, here with a Vietnamese answer); it also lifts the
 * per-address locks of that e-mail.
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email : undefined
  // `unlock` is not in Payload's list of hook operations, but Payload passes it.
  if ((operation as string) === 'unlock') {
    if (!overrideAccess && !hasRole(req.user, 'admin')) throw new APIError(UNLOCK_REFUSED, 403, null, true)
    if (email) await unlockAccount(req.payload, email)
    return args
  }
  // Without an e-mail or a password Payload answers with its own validation error, the same for all.
  if (operation === 'login' && email?.trim() && typeof data?.password === 'string' && data.password.trim()) {
    await countLoginAttempt(req, email)
  }
  return args
}

export const forgetSuccessfulAttempt: CollectionAfterLoginHook = async ({ req, user }) => {
  await loginSucceeded(req)
  return user
}
