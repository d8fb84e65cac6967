import { mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { AstroIntegrationLogger } from 'astro'
import { runSitemapHook, type SitemapHook } from './astroCapture'
import { linkFiles } from './linkTree'
import type { Page } from './pageFile'

/** Name prefix of the folder a sitemap is written in before it is moved into its release. */
export const SITEMAP_ASIDE = '.sitemap-'

/**
 * The sitemap as @astrojs/sitemap writes it after a build, given the pages Astro would. Written
 * aside and moved in by renames: the release's sitemap files are links shared with the previous
 * release, and may already be served.
 */
export async function writeSitemap(sitemap: SitemapHook, logger: AstroIntegrationLogger, outDir: string, pages: Map<string, Page>): Promise<void> {
  const pathnames = [...pages.values()].filter((page) => page.route.type === 'page').map((page) => page.url.replace(/^\//, ''))
  const aside = await mkdtemp(path.join(path.dirname(outDir), SITEMAP_ASIDE))
  try {
    await runSitemapHook(sitemap, aside, pathnames, logger)
    for (const file of await readdir(aside)) await rename(path.join(aside, file), path.join(outDir, file))
  } finally {
    await rm(aside, { recursive: true, force: true })
  }
}

/** Links `from`'s sitemap files into `to`; says whether it had its index. */
export async function linkSitemap(from: string, to: string): Promise<boolean> {
  const files = (await readdir(from).catch(() => [])).filter((name) => /^sitemap-.*\.xml$/.test(name))
  await linkFiles(from, to, files)
  return files.includes('sitemap-index.xml')
}
