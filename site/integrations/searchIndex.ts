import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/** The index's folder under the site's root (the search page loads /pagefind/…). */
export const SEARCH_INDEX_DIR = 'pagefind'

/** The folders of the pages that carry `data-pagefind-body`; listings, unit pages and widgets need not be read. */
export const SEARCHED_FOLDERS = ['tin-tuc', 'ban-tin', 'van-ban', 'mo-hinh-hay']

const INDEXED_PAGES = `{${SEARCHED_FOLDERS.join(',')}}/**/*.html`

/**
 * Writes the Pagefind search index of the built site in `siteDir` into `outputPath`. Only the
 * parts marked `data-pagefind-body` (articles, bulletins, documents, practices) are indexed, so
 * listings do not show up as results. Pagefind folds tone and vowel marks but not đ; the pages
 * carry d-spellings of their đ-words for that (components/SearchAliases.astro). Returns the
 * number of pages read.
 */
export async function writeSearchIndex(siteDir: string, outputPath = path.join(siteDir, SEARCH_INDEX_DIR)): Promise<number> {
  const { index, errors } = await pagefind.createIndex()
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES })
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await pagefind.close()
  }
}

/**
 * Builds the search index after every build, unless SITE_SEARCH_INDEX=after-release: then the
 * site builder indexes the release itself once Astro has exited, and after a first release only
 * once the new one is live (scripts/src/site/builder/publishSite.ts), keeping indexing off the
 * publish path.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'reform:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SITE_SEARCH_INDEX === 'after-release') {
          logger.info('search index: left to the site builder')
          return
        }
        logger.info(`search index: ${await writeSearchIndex(fileURLToPath(dir))} pages`)
      },
    },
  }
}
