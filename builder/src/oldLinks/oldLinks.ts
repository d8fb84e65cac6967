import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { absoluteUrl, oldLinkFile, publicPaths } from '@reform/shared'

type Source = { system?: string | null; site?: string | null; itemId?: string | null; url?: string | null }

/** First path segments the new site serves itself: an old address under one is never redirected (the new page wins). */
const NEW_SITE_SEGMENTS = new Set([
  'tin-tuc',
  'linh-vuc',
  'don-vi',
  'ban-tin',
  'van-ban',
  'mo-hinh-hay',
  'chi-so',
  'gop-y',
  'hoi-dap',
  'tim-kiem',
  'rss',
  'dang-ky-nhan-tin',
  'nhung',
  'media',
  '_astro',
  'pagefind',
  'api',
  'admin',
])

/** Pages of old portals' own kinds: the new site has none (its pages are folders, its files .xml, .pdf, .txt…). */
const OLD_PAGE_FILE = /\.(html?|aspx?|php|jsp|cfm)$/i

/** What nginx cannot take in a quoted map key or value (quotes, escapes, variables, blanks). */
const UNSAFE = /["\\$;{}\s\p{Cc}]/u

/**
 * The old addresses of an imported item: `paths` (matched against the decoded path, nginx's $uri,
 * whatever query follows, with and without the trailing slash) and `requests` (path and query as
 * sent, nginx's $request_uri): WordPress's `?p=<id>` and `?page_id=<id>` under its address, and an
 * old URL whose query names the item (`/Default.aspx?ItemID=12`).
 */
export function oldLinks(source: Source): { paths: string[]; requests: string[] } {
  const paths: string[] = []
  const requests: string[] = []
  if (source.url && URL.canParse(source.url, 'http://old.invalid/')) {
    const url = new URL(source.url, 'http://old.invalid/')
    if (url.search) requests.push(`${url.pathname}${url.search}`)
    else if (url.pathname !== '/') {
      let decoded = url.pathname
      try {
        decoded = decodeURIComponent(url.pathname)
      } catch {
        // A malformed escape: the path is kept as the old site wrote it.
      }
      paths.push(decoded, decoded.endsWith('/') ? decoded.replace(/\/+$/, '') : `${decoded}/`)
    }
  }
  if (source.system === 'wordpress' && source.itemId && /^\d+$/.test(source.itemId)) {
    const base = source.site && URL.canParse(source.site) ? new URL(source.site).pathname.replace(/\/$/, '') : ''
    for (const query of [`p=${source.itemId}`, `page_id=${source.itemId}`]) requests.push(`${base}/?${query}`, `${base}/index.php?${query}`)
  }
  // Under the new site's own folders only an old page file (`/tin-tuc/abc-123.html`) can be no page of the new site.
  const outsideNewSite = (link: string) => (!NEW_SITE_SEGMENTS.has(link.split('/')[1] ?? '') || OLD_PAGE_FILE.test(link.split('?')[0]!)) && !UNSAFE.test(link)
  return { paths: paths.filter(outsideNewSite), requests: requests.filter(outsideNewSite) }
}

export type Redirect = { from: string; to: string; kind: 'path' | 'request' }

/** Every published imported article and document's old addresses → its page, from the database as it is now. */
export async function collectRedirects(payload: Payload): Promise<Redirect[]> {
  const redirects: Redirect[] = []
  const seen = new Set<string>()
  for (const [collection, pathOf] of [
    ['articles', publicPaths.article],
    ['documents', publicPaths.document],
  ] as const) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      where: { and: [{ _status: { equals: 'published' } }, { 'importSource.system': { exists: true } }] },
      select: { slug: true, importSource: true },
      sort: 'id',
    })
    for (const doc of docs) {
      if (!doc.slug || !doc.importSource) continue
      const to = pathOf(doc.slug)
      const { paths, requests } = oldLinks(doc.importSource)
      for (const [kind, list] of [
        ['path', paths],
        ['request', requests],
      ] as const) {
        for (const from of list) {
          // The first item claiming an old address keeps it; an address that is the new page itself needs nothing.
          if (from === to || seen.has(`${kind}:${from}`)) continue
          seen.add(`${kind}:${from}`)
          redirects.push({ from, to, kind })
        }
      }
    }
  }
  return redirects
}

const mapLine = ({ from, to }: Redirect) => `"${from}" "${to}";`

/** A page a static host serves at the old address: it sends the browser (and search engines, as a permanent move) on. */
export function redirectPage(to: string, siteUrl: string): string {
  const href = absoluteUrl(to, siteUrl)
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trang đã chuyển địa chỉ</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>Trang này đã chuyển tới <a href="${to}">${href}</a>.</p>
</body>
</html>
`
}

/** Written with the files: what they were made from, so that the same redirects are not written again. */
const DIGEST_FILE = 'digest'

/**
 * Writes the redirects of imported items into `dir`: `old-paths.map` and `old-requests.map`, the
 * entries of two nginx `map` blocks (deploy/nginx/nginx.conf includes them), and `pages/` for a
 * static host without nginx: one redirect page per old path, and the query addresses in small JSON
 * tables (`old-links/NN.json`) the site's home and 404 pages read. Written aside and swapped in
 * whole; nothing is written when the redirects and the site's address are those already there
 * (`written: false`).
 */
export async function writeRedirects(payload: Payload, dir: string, siteUrl: string): Promise<{ paths: number; requests: number; written: boolean }> {
  const redirects = await collectRedirects(payload)
  const paths = redirects.filter((redirect) => redirect.kind === 'path')
  const requests = redirects.filter((redirect) => redirect.kind === 'request')
  const digest = createHash('sha256')
    .update(JSON.stringify([siteUrl, redirects]))
    .digest('hex')
  if ((await readFile(path.join(dir, DIGEST_FILE), 'utf8').catch(() => '')) === digest) return { paths: paths.length, requests: requests.length, written: false }
  const next = `${dir}.next`
  await rm(next, { recursive: true, force: true })
  await mkdir(path.join(next, 'pages'), { recursive: true })
  const header = '# Written from the published imported articles and documents (by the builder after each build, and by `npm run import`); do not edit.\n'
  await writeFile(path.join(next, 'old-paths.map'), header + paths.map(mapLine).join('\n') + '\n')
  await writeFile(path.join(next, 'old-requests.map'), header + requests.map(mapLine).join('\n') + '\n')
  // Query addresses (`/?p=123`) cannot be files: the site's home and 404 pages look them up in these (site/src/lib/oldLinks/).
  const tables = new Map<string, Record<string, string>>()
  for (const { from, to } of requests) {
    const file = oldLinkFile(from)
    tables.set(file, { ...tables.get(file), [from]: to })
  }
  for (const [file, table] of tables) {
    await mkdir(path.dirname(path.join(next, 'pages', file)), { recursive: true })
    await writeFile(path.join(next, 'pages', file), JSON.stringify(table))
  }
  for (const { from, to } of paths) {
    // One page per address: `/a/b/` and `/a/b` share `a/b/index.html`; a name with an extension is the file itself.
    if (!from.endsWith('/') && paths.some((other) => other.from === `${from}/`)) continue
    const file = from.endsWith('/') || !path.extname(from) ? path.join(from, 'index.html') : from
    const target = path.join(next, 'pages', path.normalize(file))
    if (!target.startsWith(path.join(next, 'pages') + path.sep)) continue
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, redirectPage(to, siteUrl))
  }
  // Last: a folder without it is written again next time.
  await writeFile(path.join(next, DIGEST_FILE), digest)
  await rm(`${dir}.old`, { recursive: true, force: true })
  await rename(dir, `${dir}.old`).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(next, dir)
  await rm(`${dir}.old`, { recursive: true, force: true })
  return { paths: paths.length, requests: requests.length, written: true }
}
