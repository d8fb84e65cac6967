import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a preview link works after it is made. */
export const PREVIEW_LINK_LIFETIME_MS = 30 * 60 * 1000

type Target = { collection: string; id: number | string; expires: number }

// Keyed by Payload's secret, under a purpose of its own so the signature is good for nothing else.
const sign = (secret: string, { collection, id, expires }: Target) =>
  createHmac('sha256', secret).update(`site-preview\n${collection}\n${id}\n${expires}`).digest('base64url')

/** The query of a preview link for one document, valid for PREVIEW_LINK_LIFETIME_MS. */
export function signPreview(secret: string, collection: string, id: number | string, now = Date.now()): URLSearchParams {
  const expires = now + PREVIEW_LINK_LIFETIME_MS
  return new URLSearchParams({ expires: String(expires), signature: sign(secret, { collection, id, expires }) })
}

/** True when `query` is an unexpired preview signature for exactly this document. */
export function isValidPreview(secret: string, collection: string, id: number | string, query: URLSearchParams, now = Date.now()): boolean {
  const expires = Number(query.get('expires'))
  const given = Buffer.from(query.get('signature') ?? '')
  if (!Number.isSafeInteger(expires) || expires < now) return false
  const expected = Buffer.from(sign(secret, { collection, id, expires }))
  return given.length === expected.length && timingSafeEqual(given, expected)
}
