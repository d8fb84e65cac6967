import { PUBLIC_COLLECTIONS } from '@reform/shared'

const PUBLIC_SLUGS = new Set<string>(Object.values(PUBLIC_COLLECTIONS).map(({ slug }) => slug))

/**
 * A read whose answer is the same for every anonymous reader: a GET of a public collection's list
 * or of one of its documents, with no credentials of any kind (a cookie may carry a session or a
 * preview grant, so any cookie makes the request personal).
 */
export function isCacheableRead(request: Request): boolean {
  if (request.method !== 'GET') return false
  if (request.headers.has('authorization') || request.headers.has('cookie')) return false
  const segments = new URL(request.url).pathname.split('/').filter(Boolean)
  if (segments[0] !== 'api' || segments.length < 2 || segments.length > 3) return false
  return PUBLIC_SLUGS.has(decodeURIComponent(segments[1]!))
}
