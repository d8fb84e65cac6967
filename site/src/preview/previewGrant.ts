import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The preview server (`astro dev`, a Vite development server) would serve the project's source to
 * anyone who reaches it (`/src/…`, `/@fs/…`, `/node_modules/…`). It answers those only to a browser
 * that has just been shown a draft: the preview page, once the CMS has let the visitor see it, sets
 * this cookie, and integrations/draftPreview.ts refuses every other path without it. The key lives
 * in this process only (the page and the middleware share it through the environment: Vite loads
 * this module once for each), so a restart ends every grant.
 */
export const PREVIEW_GRANT_COOKIE = 'xem-truoc-cap-quyen'

/** As long as a signed preview link lasts. */
export const PREVIEW_GRANT_SECONDS = 30 * 60

const KEY_VARIABLE = 'REFORM_PREVIEW_GRANT_KEY'

function key(): string {
  return (process.env[KEY_VARIABLE] ??= randomBytes(32).toString('hex'))
}

const mac = (expires: string) => createHmac('sha256', key()).update(expires).digest('base64url')

/** A cookie value good for PREVIEW_GRANT_SECONDS from `now`. */
export function grantValue(now = Date.now()): string {
  const expires = String(now + PREVIEW_GRANT_SECONDS * 1000)
  return `${expires}.${mac(expires)}`
}

/** Whether a request's Cookie header carries a grant still valid at `now`. */
export function hasGrant(cookieHeader: string | undefined, now = Date.now()): boolean {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value = ''] = part.trim().split('=')
    if (name !== PREVIEW_GRANT_COOKIE) continue
    const [expires = '', signature = ''] = value.split('.')
    const expected = Buffer.from(mac(expires))
    const given = Buffer.from(signature)
    if (given.length === expected.length && timingSafeEqual(given, expected) && Number(expires) > now) return true
  }
  return false
}
