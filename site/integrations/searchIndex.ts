import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { SEARCH_INDEX_DIR, SHARD_LIST } from '../src/search/searchIndexFiles'

export { SEARCH_INDEX_DIR, SHARD_LIST }

/** The folders of the pages that carry `data-pagefind-body`; unit pages and widgets need not be read. */
const SEARCHED_FOLDERS = ['tin-tuc', 'ban-tin', 'van-ban', 'mo-hinh-hay']

/**
 * A large site's index is written in parts (shards), each by its own Pagefind run, and the search
 * page merges them: a publish re-indexes only the part its pages fall in, and no run holds the
 * whole site (one run took ~2.3 GB for the 13,500 searched pages of the 10,000-article corpus; a
 * part of ~1,600 pages 0.27 GB, of ~800 pages 0.12 GB: the builder's renderer and Pagefind must
 * fit in 1.5 GB together). A small site stays in one part: ranking statistics are per part.
 */
const PAGES_PER_SHARD = 1000
const MAX_SHARDS = 32

/**
 * Pagefind's index chunk size (its default 20,000): a query fetches one chunk per word and part, so
 * smaller chunks cut what a search transfers (measured on a 1,354-page index in two parts: "doi moi"
 * with the search page 211 → 179 KB, "cai cach hanh chinh" 262 → 200 KB). Pagefind reads it only
 * from this environment variable, which it calls unstable: the pinned 1.6.0 honours it.
 */
const INDEX_CHUNK_SIZE = '8000'

/**
 * How many parts an index of `pages` pages has: 1, 2, 4… With the count the index has now, it
 * keeps that count until the site is a tenth past a threshold, either way, so a site hovering at
 * one does not re-index every part on each publish.
 */
export function shardCount(pages: number, current?: number): number {
  if (current !== undefined && pages <= current * PAGES_PER_SHARD * 1.1 && (current === 1 || pages >= (current / 2) * PAGES_PER_SHARD * 0.9)) return current
  let count = 1
  while (count < MAX_SHARDS && pages > count * PAGES_PER_SHARD) count *= 2
  return count
}

/**
 * The pages that carry `data-pagefind-body`: an article, document or practice (`<folder>/<slug>/`)
 * and a bulletin issue (`ban-tin/<year>/<issue>/`). Listings, their pages and filter pages share
 * those folders but are not searched.
 */
const SEARCHED_PAGE = /^(?:(?:tin-tuc|van-ban|mo-hinh-hay)\/(?!\d+\/)[^/]+|ban-tin\/\d{4}\/[^/]+)\/index\.html$/

/** Whether a built file (path relative to the site's root) is a page the index covers. */
export const isSearchedPage = (file: string) => SEARCHED_PAGE.test(file.split(path.sep).join('/'))

/** The part of an index of `count` parts that a searched page is in: a stable hash of its path (FNV-1a). */
export function shardOf(page: string, count: number): number {
  let hash = 0x811c9dc5
  for (const char of page.split(path.sep).join('/')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return hash % count
}

/** The searched pages of a built site and the number of parts their index has. */
export type IndexPlan = { pages: string[]; count: number }

/** The pages of a built site the index covers (paths relative to `siteDir`). */
export async function listSearchedPages(siteDir: string): Promise<string[]> {
  const entries = await Promise.all(SEARCHED_FOLDERS.map((folder) => readdir(path.join(siteDir, folder), { recursive: true, withFileTypes: true }).catch(() => [])))
  return entries
    .flat()
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .filter(isSearchedPage)
}

export async function planIndex(siteDir: string, currentCount?: number): Promise<IndexPlan> {
  const pages = await listSearchedPages(siteDir)
  return { pages, count: shardCount(pages.length, currentCount) }
}

/**
 * Writes the Pagefind index of the built site in `siteDir`: the given parts (all by default), each
 * into `outputPath/<part>/`. Only the parts of pages marked `data-pagefind-body` (articles,
 * bulletins, documents, practices) are indexed, so listings do not show up as results. Pagefind
 * folds tone and vowel marks but not đ; the pages carry d-spellings of their đ-words for that
 * (src/search/SearchFields.astro). Returns the number of pages read.
 */
export async function writeSearchIndex(
  siteDir: string,
  { plan, outputPath = path.join(siteDir, SEARCH_INDEX_DIR), shards }: { plan?: IndexPlan; outputPath?: string; shards?: number[] } = {},
): Promise<number> {
  const { pages, count } = plan ?? (await planIndex(siteDir))
  let read = 0
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE
  for (const shard of shards ?? Array.from({ length: count }, (_, part) => part)) {
    const { index, errors } = await pagefind.createIndex()
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    try {
      for (const page of pages.filter((candidate) => shardOf(candidate, count) === shard)) {
        const added = await index.addHTMLFile({ sourcePath: page, content: await readFile(path.join(siteDir, page), 'utf8') })
        if (added.errors.length) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`)
        read++
      }
      const written = await index.writeFiles({ outputPath: path.join(outputPath, String(shard)) })
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    } finally {
      // One Pagefind process per part: its memory is given back before the next part.
      await pagefind.close()
    }
  }
  return read
}

/** What the search page reads: how many parts the index has, and which hold pages (Pagefind cannot merge an empty one). */
export type ShardList = { count: number; filled: number[] }

export async function readShardList(indexDir: string): Promise<ShardList | undefined> {
  return readFile(path.join(indexDir, SHARD_LIST), 'utf8').then(
    (text) => JSON.parse(text) as ShardList,
    () => undefined,
  )
}

export async function writeShardList(indexDir: string, count: number): Promise<ShardList> {
  const filled: number[] = []
  for (let shard = 0; shard < count; shard++) {
    const entry = JSON.parse(await readFile(path.join(indexDir, String(shard), 'pagefind-entry.json'), 'utf8').catch(() => '{}')) as { languages?: object }
    if (Object.keys(entry.languages ?? {}).length > 0) filled.push(shard)
  }
  const list = path.join(indexDir, SHARD_LIST)
  await writeFile(`${list}.partial`, JSON.stringify({ count, filled } satisfies ShardList))
  await rename(`${list}.partial`, list)
  return { count, filled }
}

/** Indexes the whole built site in `siteDir`, in place; returns the number of pages read. */
export async function indexSite(siteDir: string): Promise<number> {
  const plan = await planIndex(siteDir)
  const pages = await writeSearchIndex(siteDir, { plan })
  await writeShardList(path.join(siteDir, SEARCH_INDEX_DIR), plan.count)
  return pages
}

/**
 * Builds the search index after a plain `astro build`. The site builder's renderer leaves this
 * hook out: the builder indexes each release itself, after the renderer and mostly once the new
 * release is live (builder/src/publishSite.ts), keeping indexing off the publish path.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'reform:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`search index: ${await indexSite(fileURLToPath(dir))} pages`)
      },
    },
  }
}
