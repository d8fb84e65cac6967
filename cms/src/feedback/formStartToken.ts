import { createHmac, timingSafeEqual } from 'node:crypto'

/** A person needs at least this long to fill in the form; a script posting at once does not. */
export const MIN_FILL_MS = 3000
/** A form left open longer than this is asked to be confirmed again. */
export const FORM_LIFETIME_MS = 24 * 60 * 60 * 1000

// Keyed by Payload's secret under a purpose of its own, so the signature is good for nothing else.
const sign = (secret: string, issuedAt: number) => createHmac('sha256', secret).update(`feedback-form-start\n${issuedAt}`).digest('base64url')

/** The moment a form was opened, signed so that it cannot be back-dated. */
export function formStartToken(secret: string, now = Date.now()): string {
  return `${now}.${sign(secret, now)}`
}

export type StartCheck = 'ok' | 'missing' | 'invalid' | 'expired' | 'too-fast'

/** Whether a submission's start token is genuine and the form was open long enough, and not too long. */
export function checkFormStart(secret: string, token: unknown, now = Date.now()): StartCheck {
  if (typeof token !== 'string' || token === '') return 'missing'
  const [issued, signature = ''] = token.split('.')
  const issuedAt = Number(issued)
  if (!Number.isSafeInteger(issuedAt)) return 'invalid'
  const expected = Buffer.from(sign(secret, issuedAt))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  if (now - issuedAt > FORM_LIFETIME_MS) return 'expired'
  return now - issuedAt < MIN_FILL_MS ? 'too-fast' : 'ok'
}
