import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FEEDBACK_API } from '@reform/shared'
import { freePort } from '../src/process/ports'
import { serveStatic } from '../src/serve/serveStatic'
import { CACHE_CONTROL, CHARSET_TYPES, contentSecurityPolicy, CSP_FRAME_ANCESTORS, CSP_SCRIPT_SRC, NGINX_MIME_TYPES, REFERRER_POLICY } from '../src/serve/webHeaders'

// The local site server (npm start) must answer as the production nginx does. nginx's files are
// read here as nginx reads them (its `types`, `charset_types`, maps and add_header lines), and both
// webHeaders.ts and real answers of the local server are checked against them.

const nginxDir = path.join(import.meta.dirname, '../../deploy/nginx')
const nginxConf = readFileSync(path.join(nginxDir, 'nginx.conf'), 'utf8').replace(/#.*$/gm, '')
const siteConf = readFileSync(path.join(nginxDir, 'site.conf'), 'utf8').replace(/#.*$/gm, '')

const unquote = (value: string) => value.replace(/^"(.*)"$/, '$1')

/** `map $from $to { ~regex value; default value; }` of nginx.conf, as [regex source | 'default', value]. */
function nginxMap(name: string): Array<[string, string]> {
  const body = new RegExp(`map \\$\\w+ \\$${name} \\{([^}]*)\\}`).exec(nginxConf)?.[1]
  if (!body) throw new Error(`no map $${name} in nginx.conf`)
  return body
    .split(';')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [, key, value] = /^(\S+)\s+(.*)$/.exec(line)!
      return [key === 'default' ? 'default' : key!.replace(/^~/, ''), unquote(value!.trim())]
    })
}

const nginxMapValue = (map: Array<[string, string]>, value: string) =>
  map.find(([pattern]) => pattern !== 'default' && new RegExp(pattern).test(value))?.[1] ?? map.find(([pattern]) => pattern === 'default')![1]

const ours = (map: ReadonlyArray<readonly [RegExp | 'default', string]>) =>
  map.map(([pattern, value]) => [pattern === 'default' ? 'default' : pattern.source.replaceAll('\\/', '/'), value])

/** site.conf's `add_header Name value always;` lines. */
const addHeaders = new Map(
  [...siteConf.matchAll(/add_header\s+(\S+)\s+("[^"]*"|\S+)(\s+always)?;/g)].map((match) => [match[1]!, { value: unquote(match[2]!), always: Boolean(match[3]) }]),
)

/** What nginx sends for a file of the live site at `uri`, by its configuration. */
function nginxHeaders(uri: string, requestUri = uri) {
  const extension = /\.([^./]+)$/.exec(uri.endsWith('/') ? `${uri}index.html` : uri)?.[1] ?? ''
  const type = nginxTypes.get(extension) ?? MIME_TYPES_OF_NGINX[extension] ?? 'application/octet-stream'
  const fill = (value: string) =>
    value
      .replace('$csp_script_src', nginxMapValue(nginxMap('csp_script_src'), uri))
      .replace('$csp_frame_ancestors', nginxMapValue(nginxMap('csp_frame_ancestors'), uri))
      .replace('$referrer_policy', nginxMapValue(nginxMap('referrer_policy'), requestUri))
      .replace('$cache_control', nginxMapValue(nginxMap('cache_control'), uri))
  return {
    'content-type': charsetTypes.has(type) || type === 'text/html' ? `${type}; charset=utf-8` : type,
    'x-content-type-options': fill(addHeaders.get('X-Content-Type-Options')!.value),
    'referrer-policy': fill(addHeaders.get('Referrer-Policy')!.value),
    'content-security-policy': fill(addHeaders.get('Content-Security-Policy')!.value),
    'cache-control': fill(addHeaders.get('Cache-Control')!.value),
  }
}

/** nginx.conf's own `types { type ext...; }` block. */
const nginxTypes = new Map(
  /\btypes \{([^}]*)\}/
    .exec(nginxConf)![1]!
    .split(';')
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.length > 1)
    .flatMap(([type, ...extensions]) => extensions.map((extension) => [extension, type!] as const)),
)
const charsetTypes = new Set(/charset_types([^;]*);/.exec(nginxConf)![1]!.trim().split(/\s+/))

/** nginx's own mime.types (not in this repository) for the extensions the test serves. */
const MIME_TYPES_OF_NGINX: Record<string, string> = {
  html: 'text/html',
  xml: 'text/xml',
  js: 'application/javascript',
  json: 'application/json',
  css: 'text/css',
  webp: 'image/webp',
}

describe('webHeaders.ts and the production nginx configuration', () => {
  it("has nginx.conf's extra types and charset_types", () => {
    expect(nginxTypes.size).toBeGreaterThan(0)
    for (const [extension, type] of nginxTypes) expect(NGINX_MIME_TYPES[extension], extension).toBe(type)
    expect([...CHARSET_TYPES].sort()).toEqual([...charsetTypes, 'text/html'].sort())
  })

  it('has the same maps, in the same order, and the same Content-Security-Policy', () => {
    expect(ours(CSP_SCRIPT_SRC)).toEqual(nginxMap('csp_script_src'))
    expect(ours(CSP_FRAME_ANCESTORS)).toEqual(nginxMap('csp_frame_ancestors'))
    expect(ours(REFERRER_POLICY)).toEqual(nginxMap('referrer_policy'))
    expect(ours(CACHE_CONTROL)).toEqual(nginxMap('cache_control'))
    expect(contentSecurityPolicy('$csp_script_src', '$csp_frame_ancestors')).toBe(addHeaders.get('Content-Security-Policy')!.value)
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Content-Security-Policy']) expect(addHeaders.get(name)?.always, name).toBe(true)
  })
})

describe("the local site server's answers", () => {
  let root: string
  let cms: http.Server
  let site: { url: string; close: () => Promise<void> }
  const files: Record<string, string> = {
    'index.html': '<p>Trang chủ</p>',
    '404.html': '<p>Không có trang này</p>',
    'rss.xml': '<rss version="2.0"/>',
    'rss/linh-vuc/cai-cach-the-che.xml': '<rss version="2.0"/>',
    'rss/feeds.opml': '<opml version="2.0"/>',
    'rss/feed.xsl': '<xsl:stylesheet/>',
    'tim-kiem/index.html': '<p>Tìm kiếm</p>',
    'nhung/don-vi/phuong-vo-cuong/index.html': '<p>Tin</p>',
    '_astro/page.abc123.js': 'export {}',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-entry.json': '{}',
    'van-ban/danh-sach.csv': 'a,b',
    'media/media/anh.webp': 'RIFF',
  }

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'web-headers-'))
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    }
    cms = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      res.end('{}')
    })
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
    site = await serveStatic(root, await freePort(), '127.0.0.1', { cmsUrl: `http://127.0.0.1:${(cms.address() as AddressInfo).port}` })
  })

  afterAll(async () => {
    await site?.close()
    if (cms?.listening) await new Promise((resolve) => cms.close(resolve))
    rmSync(root, { recursive: true, force: true })
  })

  const headersOf = (response: Response) =>
    Object.fromEntries(
      ['content-type', 'x-content-type-options', 'referrer-policy', 'content-security-policy', 'cache-control'].map((name) => [name, response.headers.get(name) ?? '']),
    )

  it("sends each file with nginx's type, charset, security headers and caching", async () => {
    const uris = [
      '/',
      ...Object.keys(files)
        .filter((file) => file !== '404.html')
        .map((file) => `/${file}`),
      '/tim-kiem/',
      '/nhung/don-vi/phuong-vo-cuong/',
    ]
    for (const uri of uris) {
      const response = await fetch(`${site.url}${uri}`)
      expect(response.status, uri).toBe(200)
      expect(headersOf(response), uri).toEqual(nginxHeaders(uri))
    }
    // The feeds and the OPML, by name: what a strict reader checks.
    expect((await fetch(`${site.url}/rss.xml`)).headers.get('content-type')).toBe('text/xml; charset=utf-8')
    expect((await fetch(`${site.url}/rss/feeds.opml`)).headers.get('content-type')).toBe('text/x-opml; charset=utf-8')
  })

  it("sends the security headers with the 404 page and the CMS's answers too", async () => {
    const missing = await fetch(`${site.url}/khong-co/?q=1`)
    expect(missing.status).toBe(404)
    const expected = nginxHeaders('/404.html', '/khong-co/?q=1')
    expect(headersOf(missing)).toEqual({ ...expected, 'cache-control': '' })
    const fromCms = await fetch(`${site.url}${FEEDBACK_API.start}`)
    expect(fromCms.status).toBe(200)
    expect(fromCms.headers.get('x-content-type-options')).toBe('nosniff')
    expect(fromCms.headers.get('referrer-policy')).toBe('strict-origin')
    expect(fromCms.headers.get('content-security-policy')).toBe(nginxHeaders(FEEDBACK_API.start)['content-security-policy'])
    expect(fromCms.headers.get('cache-control')).toBe('no-store')
  })
})
