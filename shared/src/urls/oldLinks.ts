/** How many files the old query addresses of an imported portal are spread over, for static hosts. */
const OLD_LINK_SHARDS = 64

/**
 * The file of a static host's old-link table that holds `request` (an old address with its query,
 * `/?p=123`, as the browser shows it): a reader arriving by one fetches one small file, not all of
 * a portal's tens of thousands of addresses. FNV-1a over the UTF-16 code units, the same in Node
 * and the browser.
 */
export function oldLinkFile(request: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < request.length; index++) hash = Math.imul(hash ^ request.charCodeAt(index), 0x01000193) >>> 0
  return `/old-links/${String(hash % OLD_LINK_SHARDS).padStart(2, '0')}.json`
}

/** Where an imported item came from (the CMS's `importSource`, its public part). */
export type ImportSource = { system?: string | null; site?: string | null; itemId?: string | null; url?: string | null }

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
  'old-links',
  '_astro',
  'pagefind',
  'api',
  'admin',
])

/** Pages of old portals' own kinds: the new site has none (its pages are folders, its files .xml, .pdf, .txt…). */
const OLD_PAGE_FILE = /\.(html?|aspx?|php|jsp|cfm)$/i

/** What nginx cannot take in a quoted map key or value (quotes, escapes, variables, blanks). */
const UNSAFE = /["\\$;{}\s\p{Cc}]/u

/** What no file of a static host can be named by: a query or fragment mark, an escape, a `.` or `..` segment (a decoded `%2e%2e`). */
const NO_FILE_NAME = /[?#%]|(^|\/)\.\.?(\/|$)/

/**
 * The old addresses of an imported item: `paths` (matched against the decoded path, nginx's $uri,
 * whatever query follows, with and without the trailing slash) and `requests` (path and query as
 * sent, nginx's $request_uri): WordPress's `?p=<id>` and `?page_id=<id>` under its address, and an
 * old URL whose query names the item (`/Default.aspx?ItemID=12`).
 */
export function oldLinks(source: ImportSource): { paths: string[]; requests: string[] } {
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
  const outsideNewSite = (link: string) => !NEW_SITE_SEGMENTS.has(link.split('/')[1] ?? '') || OLD_PAGE_FILE.test(link.split('?')[0]!)
  return {
    paths: paths.filter((link) => outsideNewSite(link) && !UNSAFE.test(link) && !NO_FILE_NAME.test(link)),
    requests: requests.filter((link) => outsideNewSite(link) && !UNSAFE.test(link)),
  }
}

/** An old address and the new page it leads to: a path (`/2019/05/bai-cu/`) or a request with its query (`/?p=123`). */
export type OldLink = { from: string; to: string; kind: 'path' | 'request' }

/** Each source's old addresses: the site's content hands out the same source objects until they change, and each build asks again. */
const addressesOf = new WeakMap<ImportSource, ReturnType<typeof oldLinks>>()

/**
 * The old links of imported items, each item given with its new page: what nginx's maps, the
 * site's redirect pages and the local server all follow. The first item claiming an old address
 * keeps it (callers give them in the same order: articles, then documents, each by id); an
 * address that is the new page itself needs nothing.
 */
export function oldLinksOf(items: Iterable<{ to: string; source: ImportSource }>): OldLink[] {
  const links: OldLink[] = []
  const seen = new Set<string>()
  for (const { to, source } of items) {
    let addresses = addressesOf.get(source)
    if (!addresses) addressesOf.set(source, (addresses = oldLinks(source)))
    const { paths, requests } = addresses
    for (const [kind, list] of [
      ['path', paths],
      ['request', requests],
    ] as const) {
      for (const from of list) {
        if (from === to || seen.has(`${kind}:${from}`)) continue
        seen.add(`${kind}:${from}`)
        links.push({ from, to, kind })
      }
    }
  }
  return links
}

/**
 * The file a static host serves at an old path, relative to the site's root: an old page file
 * (`/tin-tuc/abc-123.html`) is that file itself, any other path a folder's `index.html` (`/a/b/`
 * and `/a/b` share `a/b/index.html`).
 */
export function oldPathFile(from: string): string {
  const trimmed = from.replace(/^\/+|\/+$/g, '')
  return OLD_PAGE_FILE.test(trimmed) ? trimmed : `${trimmed}/index.html`
}
