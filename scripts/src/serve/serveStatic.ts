import { readFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { oldLinkRedirects } from './oldLinkRedirects'
import { cmsEndpointsProxy } from './proxyCmsEndpoints'
import { cacheControlOf, contentTypeOf, securityHeaders } from './webHeaders'

export type ServeStaticOptions = {
  /** The CMS to pass its public endpoints (feedback, subscriptions) on to, as nginx does in production; without it every path is a file. */
  cmsUrl?: string
  /** The old-link maps of an imported portal (`<releasesDir>/old-links`): their addresses are answered with a 301 to the new page, as nginx does. */
  oldLinksDir?: string
}

/**
 * Serves a built site as a static web server would, with its 404 page. In dev mode sirv reads the
 * disk on every request, so when `root` is a link that is switched to a new release, the next
 * request already gets the new site.
 */
export async function serveStatic(root: string, port: number, host = '127.0.0.1', options: ServeStaticOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  // The production web server's content types, charset and caching (webHeaders.ts), not sirv's.
  const files = sirv(root, {
    dev: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      // A folder is served by its index.html.
      res.setHeader('Content-Type', contentTypeOf(pathname.endsWith('/') ? `${pathname}index.html` : pathname))
      const cacheControl = cacheControlOf(pathname)
      if (cacheControl) res.setHeader('Cache-Control', cacheControl)
    },
  })
  const toCms = options.cmsUrl ? cmsEndpointsProxy(options.cmsUrl) : () => false
  const movedTo = options.oldLinksDir ? oldLinkRedirects(options.oldLinksDir) : async () => undefined
  const server = http.createServer(async (req, res) => {
    const requestUri = req.url ?? '/'
    const uri = decodedPath(requestUri)
    // Every answer, the CMS's and the 404 page included, as nginx's `add_header ... always`.
    for (const [name, value] of Object.entries(securityHeaders(uri, requestUri))) res.setHeader(name, value)
    const to = await movedTo(requestUri, uri)
    if (to) return void res.writeHead(301, { location: to }).end()
    if (toCms(req, res)) return
    files(req, res, async () => {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Không tìm thấy trang'))
      // nginx answers with the 404 page's own location (error_page), so its path-dependent headers are the page's.
      for (const [name, value] of Object.entries(securityHeaders('/404.html', requestUri))) res.setHeader(name, value)
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(notFound)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  return { url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** nginx's $uri: the path without the query, percent-decoded. */
function decodedPath(requestUri: string): string {
  const pathname = requestUri.split('?')[0]!
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
