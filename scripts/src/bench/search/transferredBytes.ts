import { gzipSync } from 'node:zlib'
import type { Page, Response } from 'playwright-core'

/** What deploy/nginx/nginx.conf compresses (HTML and its gzip_types); Pagefind's index files are gzip already. */
const COMPRESSED_TYPES = /^(text\/|application\/(javascript|json|xml|rss\+xml)|image\/svg\+xml)/

export type Transfer = { requests: number; bytes: number; gzipBytes: number; files: Array<{ url: string; gzipBytes: number }> }

async function sizesOf(response: Response): Promise<{ url: string; bytes: number; gzipBytes: number }> {
  const { responseHeadersSize, responseBodySize } = await response.request().sizes()
  const body = await response.body().catch(() => Buffer.alloc(0))
  const compressed = COMPRESSED_TYPES.test(response.headers()['content-type'] ?? '') ? Math.min(body.length, gzipSync(body, { level: 5 }).length) : body.length
  return { url: new URL(response.url()).pathname, bytes: responseHeadersSize + responseBodySize, gzipBytes: responseHeadersSize + compressed }
}

/**
 * Counts what `page` (and its workers: Pagefind searches in one) fetches while `act` runs: the
 * bytes received, headers included (this machine's static server does not compress), and what they
 * come to with the bodies gzip-compressed as nginx sends them.
 */
export async function measureTransfer(page: Page, act: () => Promise<void>): Promise<Transfer> {
  const sizes: ReturnType<typeof sizesOf>[] = []
  page.on('response', (response) => sizes.push(sizesOf(response)))
  await act()
  const all = await Promise.all(sizes)
  return {
    requests: all.length,
    bytes: all.reduce((sum, size) => sum + size.bytes, 0),
    gzipBytes: all.reduce((sum, size) => sum + size.gzipBytes, 0),
    files: all.map(({ url, gzipBytes }) => ({ url, gzipBytes })).sort((a, b) => b.gzipBytes - a.gzipBytes),
  }
}
