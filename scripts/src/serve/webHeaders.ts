/**
 * What the production web server (deploy/nginx/nginx.conf and site.conf) sends with the public
 * site, for `npm start`'s local site server to send the same: content types with their charset,
 * the security headers and caching. nginx's configuration is text it reads itself, so the two cannot
 * share one definition: scripts/test/webHeaders.test.ts reads the nginx files and checks that they
 * and this module agree, path by path.
 */

/**
 * nginx's mime.types (nginx 1.28, as in Alpine's package) for the extensions the site publishes,
 * plus nginx.conf's own `types` block. Anything else is `application/octet-stream` (default_type).
 */
export const NGINX_MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  xml: 'text/xml',
  js: 'application/javascript',
  json: 'application/json',
  txt: 'text/plain',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  m4a: 'audio/x-m4a',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  // nginx.conf's `types` block.
  xsl: 'text/xsl',
  opml: 'text/x-opml',
  csv: 'text/csv',
  aac: 'audio/aac',
  wav: 'audio/wav',
  woff2: 'font/woff2',
}

/** nginx.conf's `charset_types` (HTML is implied): these get `; charset=utf-8`. */
export const CHARSET_TYPES: ReadonlySet<string> = new Set([
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/xsl',
  'text/csv',
  'text/x-opml',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
])

/** The Content-Type nginx sends for a file at `pathname`, as nginx writes it (`type; charset=utf-8`). */
export function contentTypeOf(pathname: string): string {
  const name = pathname.split('/').pop() ?? ''
  const dot = name.lastIndexOf('.')
  const type = (dot > 0 && NGINX_MIME_TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream'
  return CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type
}

/** nginx.conf's `map $uri $csp_script_src`, first match wins. */
export const CSP_SCRIPT_SRC: ReadonlyArray<readonly [RegExp | 'default', string]> = [
  [/^\/tim-kiem\//, "'self' 'wasm-unsafe-eval'"],
  [/^\/pagefind\//, "'self' 'wasm-unsafe-eval'"],
  ['default', "'self' 'unsafe-hashes' 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU='"],
]

/** nginx.conf's `map $request_uri $referrer_policy` (by the original address, query included). */
export const REFERRER_POLICY: ReadonlyArray<readonly [RegExp | 'default', string]> = [
  [/^\/api\//, 'strict-origin'],
  ['default', 'strict-origin-when-cross-origin'],
]

/** nginx.conf's `map $uri $csp_frame_ancestors`. */
export const CSP_FRAME_ANCESTORS: ReadonlyArray<readonly [RegExp | 'default', string]> = [
  [/^\/nhung\//, '*'],
  ['default', "'self'"],
]

/** nginx.conf's `map $uri $cache_control` ("" = no header). */
export const CACHE_CONTROL: ReadonlyArray<readonly [RegExp | 'default', string]> = [
  [/^\/api\//, ''],
  [/^\/_astro\//, 'public, max-age=31536000, immutable'],
  [/^\/media\//, 'public, max-age=86400'],
  [/\.xml$/, 'public, max-age=300'],
  ['default', 'no-cache'],
]

/** site.conf's Content-Security-Policy, its two variables filled in per request. */
export const contentSecurityPolicy = (scriptSrc: string, frameAncestors: string): string =>
  `default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ${frameAncestors}`

/** The value a map of nginx's gives `value` (regexes in order, then the default). */
export function mapValue(map: ReadonlyArray<readonly [RegExp | 'default', string]>, value: string): string {
  for (const [pattern, result] of map) if (pattern !== 'default' && pattern.test(value)) return result
  return map.find(([pattern]) => pattern === 'default')?.[1] ?? ''
}

/**
 * site.conf's `add_header ... always` headers for a request: every response, error pages and the
 * CMS's proxied answers included. `uri` is the decoded path, `requestUri` the original address.
 */
export function securityHeaders(uri: string, requestUri: string): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': mapValue(REFERRER_POLICY, requestUri),
    'Content-Security-Policy': contentSecurityPolicy(mapValue(CSP_SCRIPT_SRC, uri), mapValue(CSP_FRAME_ANCESTORS, uri)),
  }
}

/** site.conf's Cache-Control for a successful answer (not `always`: error responses get none). */
export const cacheControlOf = (uri: string): string => mapValue(CACHE_CONTROL, uri)
