import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A person needs at least this long to fill in the form; a script posting at once does not. */
export const MIN_FILL_MS = 3000
/** A form left open longer than this is asked to be confirmed again. */
export const FORM_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Which form a start token was signed for: one form's token is good for no other. */
export type FormPurpose = 'feedback-form-start' | 'subscription-form-start'

// Keyed by Payload's secret under the form's purpose, so the signature is good for nothing else.
const sign = (secret: string, purpose: FormPurpose, issuedAt: number, nonce: string) => createHmac('sha256', secret).update(`${purpose}\n${issuedAt}\n${nonce}`).digest('base64url')

/**
 * The moment one form was opened, signed so that it cannot be back-dated, with a random part that
 * makes it this form's own: one form is one submission (see `checkFormStart`'s key).
 */
export function formStartToken(secret: string, purpose: FormPurpose, now = Date.now()): string {
  const nonce = randomBytes(16).toString('base64url')
  return `${now}.${nonce}.${sign(secret, purpose, now, nonce)}`
}

export type StartCheck = { status: 'ok'; key: string } | { status: 'missing' | 'invalid' | 'expired' | 'too-fast' }

/**
 * Whether a submission's start token is genuine and the form was open long enough, and not too
 * long. A genuine one gives the form's key: a second post of the same form is the same submission.
 */
export function checkFormStart(secret: string, purpose: FormPurpose, token: unknown, now = Date.now()): StartCheck {
  if (typeof token !== 'string' || token === '') return { status: 'missing' }
  const [issued, nonce = '', signature = ''] = token.split('.')
  const issuedAt = Number(issued)
  if (!Number.isSafeInteger(issuedAt) || !nonce) return { status: 'invalid' }
  const expected = Buffer.from(sign(secret, purpose, issuedAt, nonce))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 'invalid' }
  if (now - issuedAt > FORM_LIFETIME_MS) return { status: 'expired' }
  return now - issuedAt < MIN_FILL_MS ? { status: 'too-fast' } : { status: 'ok', key: nonce }
}
