import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Page } from './pageFile'
import { isPrintFile } from './printFiles'
import { readStoredJson, storeJson } from './storedJson'

/** Beside the releases: the cache keys of the last release's pages, for the next renderer process. */
export const RENDERED_PAGES = 'rendered-pages.json'

/** RENDERED_PAGES: each page with a cache key, as [cache key, CMS files it refers to]. */
type RenderedPages = { release: string; code: string; pages: Record<string, [string, string[]]>; printFailed?: Record<string, string> }

/** The record beside `base`, if it is `base`'s (the last release recorded). */
async function recordOf(base: string): Promise<RenderedPages | undefined> {
  const rendered = (await readStoredJson(path.join(path.dirname(base), RENDERED_PAGES))) as RenderedPages | undefined
  return rendered?.release === path.basename(base) ? rendered : undefined
}

/** The cache keys `base`'s pages were rendered with, when it was rendered by `code`; else why not. */
export async function renderedIn(base: string | undefined, code: string): Promise<{ pages: Map<string, [string, string[]]>; why?: string }> {
  if (!base) return { pages: new Map() }
  const rendered = await recordOf(base)
  if (!rendered) return { pages: new Map(), why: `no record of how ${path.basename(base)} was rendered` }
  if (rendered.code !== code) return { pages: new Map(), why: `the site's code or address changed since ${path.basename(base)}` }
  return { pages: new Map(Object.entries(rendered.pages)) }
}

/**
 * The print files `base` has, with the keys they were made with, and those that failed. Unlike
 * pages these are taken whatever code rendered `base`: their keys include the code that draws them.
 */
export async function printedIn(base: string | undefined): Promise<{ printed: Map<string, string>; failed?: Map<string, string> }> {
  const rendered = base === undefined ? undefined : await recordOf(base)
  if (!base || !rendered) return { printed: new Map() }
  const printed = Object.entries(rendered.pages).filter(([file]) => isPrintFile(file) && existsSync(path.join(base, file)))
  // A file that failed (or took its process down) is not tried again by the next process either.
  return { printed: new Map(printed.map(([file, [key]]) => [file, key])), failed: new Map(Object.entries(rendered.printFailed ?? {})) }
}

/** Records, beside the releases, the cache key each page of `release` was rendered with. */
export async function recordRenderedPages(
  release: string,
  code: string,
  pages: Map<string, Page>,
  printed: ReadonlyMap<string, string>,
  printFailed: ReadonlyMap<string, string>,
): Promise<void> {
  const record: RenderedPages['pages'] = {}
  for (const [file, page] of pages) {
    if (isPrintFile(file)) {
      const key = printed.get(file)
      if (key !== undefined) record[file] = [key, []]
    } else if (page.cacheKey !== undefined) record[file] = [page.cacheKey, page.files ?? []]
  }
  await storeJson(path.join(path.dirname(release), RENDERED_PAGES), {
    release: path.basename(release),
    code,
    pages: record,
    printFailed: Object.fromEntries(printFailed),
  } satisfies RenderedPages)
}
