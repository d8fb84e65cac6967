import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a preview link works after it is made. */
export const PREVIEW_LINK_LIFETIME_MS = 30 * 60 * 1000

type Target = { collection: string; id: number | string; user: number | string; expires: number }

// Keyed by Payload's secret, under a purpose of its own so the signature is good for nothing else.
const sign = (secret: string, { collection, id, user, expires }: Target) =>
  createHmac('sha256', secret).update(`site-preview\n${collection}\n${id}\n${user}\n${expires}`).digest('base64url')

/**
 * The query of a preview link for one document, made for one member of staff (the draft is read
 * with their access), valid for PREVIEW_LINK_LIFETIME_MS.
 */
export function signPreview(secret: string, collection: string, id: number | string, user: number | string, now = Date.now()): URLSearchParams {
  const expires = now + PREVIEW_LINK_LIFETIME_MS
  return new URLSearchParams({ user: String(user), expires: String(expires), signature: sign(secret, { collection, id, user, expires }) })
}

/** The user a valid, unexpired preview signature for exactly this document was made for; undefined otherwise. */
export function previewSigner(secret: string, collection: string, id: number | string, query: URLSearchParams, now = Date.now()): string | undefined {
  const expires = Number(query.get('expires'))
  const user = query.get('user') ?? ''
  const given = Buffer.from(query.get('signature') ?? '')
  if (!user || !Number.isSafeInteger(expires) || expires < now) return undefined
  const expected = Buffer.from(sign(secret, { collection, id, user, expires }))
  return given.length === expected.length && timingSafeEqual(given, expected) ? user : undefined
}
