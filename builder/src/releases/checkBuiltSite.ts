import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { Parser } from 'htmlparser2'
import pLimit from 'p-limit'

/** Files a release must have before it may go live. */
const REQUIRED = ['index.html', '404.html', 'rss.xml', 'rss/index.html', 'rss/feeds.opml', 'sitemap-index.xml']

/** Every file of a built site, as paths relative to its root. */
export async function listBuiltFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

/** What one page points at: site paths (no leading slash, decoded) and same-page anchors. */
type PageLinks = { hash: string; paths: string[]; anchors: string[]; ids: string[] }

const SOURCE_TAGS = new Set(['img', 'script', 'audio', 'video', 'source'])

function linksOf(html: string, page: string, origin: string): Omit<PageLinks, 'hash'> {
  const targets: string[] = []
  const ids = new Set<string>()
  // A streaming parse (no document tree): the checks read every page of a whole build.
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) ids.add(attributes.id)
        if ((name === 'a' || name === 'link') && attributes.href !== undefined) targets.push(attributes.href)
        if (SOURCE_TAGS.has(name) && attributes.src !== undefined) targets.push(attributes.src)
        if (name === 'img' && attributes.srcset) targets.push(...attributes.srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
        if (name === 'meta' && attributes.property === 'og:image' && attributes.content !== undefined) targets.push(attributes.content)
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  const paths = new Set<string>()
  const anchors = new Set<string>()
  for (const target of targets) {
    if (target.startsWith('#')) {
      if (target.length > 1) anchors.add(target.slice(1))
      continue
    }
    const url = new URL(target, `${origin}/${page}`)
    if (url.origin === origin) paths.add(decodeURIComponent(url.pathname).replace(/^\//, ''))
  }
  return { paths: [...paths], anchors: [...anchors], ids: [...anchors].filter((id) => ids.has(id)) }
}

/** The links found in each page of the release last checked. */
export type LinkCache = { release?: string; pages: Record<string, PageLinks> }

/** Files written and removed since `release`, a release that passed these checks. */
export type ChangedSince = { release: string; files: string[]; removed: string[] }

/**
 * What would be broken if `root` went live: missing required files, and internal links, assets,
 * image candidates, media sources, og:image or same-page anchors that point at nothing.
 * `siteUrl` is the origin the pages were built for. Empty when the release is sound.
 * With a `cache` of the links found before, a page whose content is unchanged is not parsed again
 * (its links are still checked): on a large site most pages are. With `changedSince` as well,
 * when the cache describes that release, only the pages written since are read, and the others'
 * links are checked only against the files removed. Returns the problems and the updated cache.
 */
export async function checkBuiltSite(
  root: string,
  siteUrl: string,
  { cache = { pages: {} }, changedSince }: { cache?: LinkCache; changedSince?: ChangedSince } = {},
): Promise<{ problems: string[]; cache: LinkCache }> {
  const files = new Set(await listBuiltFiles(root))
  const origin = new URL(siteUrl).origin
  const previous = cache.pages
  const written = new Set(changedSince?.files)
  const anyRemoved = (changedSince?.removed.length ?? 0) > 0
  const unread = changedSince && cache.release === changedSince.release ? (page: string) => !written.has(page) && previous[page] !== undefined : () => false
  const current: Record<string, PageLinks> = {}
  const problems = REQUIRED.filter((file) => !files.has(file)).map((file) => `missing ${file}`)
  const exists = (pathname: string) => files.has(pathname) || files.has(`${pathname}index.html`) || files.has(`${pathname}/index.html`)
  const readLinks = async (page: string): Promise<PageLinks> => {
    // Hashed as bytes, decoded only to be parsed: most pages of a whole build are unchanged.
    const bytes = await readFile(path.join(root, page))
    const hash = createHash('sha1').update(bytes).update(origin).digest('base64url')
    return previous[page]?.hash === hash ? previous[page]! : { hash, ...linksOf(bytes.toString(), page, origin) }
  }
  // Reads overlap (tens of thousands of pages on a large site); parsing stays one at a time.
  const reading = pLimit(32)
  await Promise.all(
    [...files]
      .filter((name) => name.endsWith('.html'))
      .map((page) =>
        reading(async () => {
          if (unread(page)) {
            // Checked with the release it comes from: only a removed file can break it now.
            const links = (current[page] = previous[page]!)
            if (anyRemoved) for (const target of links.paths) if (!exists(target)) problems.push(`${page} → /${target}`)
            return
          }
          const links = (current[page] = await readLinks(page))
          const ids = new Set(links.ids)
          for (const anchor of links.anchors) if (!ids.has(anchor)) problems.push(`${page} → #${anchor}`)
          for (const target of links.paths) if (!exists(target)) problems.push(`${page} → /${target}`)
        }),
      ),
  )
  return { problems: problems.sort(), cache: { release: root, pages: current } }
}
