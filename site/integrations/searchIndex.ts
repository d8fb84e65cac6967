import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the Pagefind search index over the built pages after every build. Only the parts marked
 * `data-pagefind-body` (articles, bulletins, documents, practices) are indexed, so listings do not
 * show up as results. Pagefind folds tone and vowel marks but not đ; the pages carry d-spellings
 * of their đ-words for that (components/SearchAliases.astro).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'reform:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const { index, errors } = await pagefind.createIndex()
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: outDir })
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`search index: ${added.page_count} pages`)
      },
    },
  }
}
