import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { load } from 'cheerio'

/** Files a release must have before it may go live. */
const REQUIRED = ['index.html', '404.html', 'rss.xml', 'rss/index.html', 'rss/feeds.opml', 'sitemap-index.xml']

/** Every file of a built site, as paths relative to its root. */
export async function listBuiltFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

/**
 * What would be broken if `root` went live: missing required files, and internal links, assets,
 * image candidates, media sources, og:image or same-page anchors that point at nothing.
 * `siteUrl` is the origin the pages were built for. Empty when the release is sound.
 */
export async function checkBuiltSite(root: string, siteUrl: string): Promise<string[]> {
  const files = new Set(await listBuiltFiles(root))
  const origin = new URL(siteUrl).origin
  const problems = REQUIRED.filter((file) => !files.has(file)).map((file) => `missing ${file}`)
  const exists = (pathname: string) => files.has(pathname) || files.has(`${pathname}index.html`) || files.has(`${pathname}/index.html`)
  for (const page of [...files].filter((name) => name.endsWith('.html'))) {
    const $ = load(await readFile(path.join(root, page), 'utf8'))
    const targets = [
      ...$('a[href], link[href]').map((_, element) => $(element).attr('href')).get(),
      ...$('img[src], script[src], audio[src], video[src], source[src]').map((_, element) => $(element).attr('src')).get(),
      ...$('img[srcset]').map((_, element) => $(element).attr('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)).get(),
      ...$('meta[property="og:image"]').map((_, element) => $(element).attr('content')).get(),
    ]
    for (const target of targets) {
      if (target.startsWith('#')) {
        if (target.length > 1 && $(`[id="${target.slice(1)}"]`).length === 0) problems.push(`${page} → ${target}`)
        continue
      }
      const url = new URL(target, `${origin}/${page}`)
      if (url.origin !== origin) continue
      if (!exists(decodeURIComponent(url.pathname).replace(/^\//, ''))) problems.push(`${page} → ${target}`)
    }
  }
  return problems
}
