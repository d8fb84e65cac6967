import path from 'node:path'
import type { PublishSite } from '@reform/cms/config'
import { SEARCHED_FOLDERS, writeSearchIndex } from '@reform/site/searchIndex'
import { listBuiltFiles } from '../checkBuiltSite'
import { liveRelease, publishRelease } from '../releases'
import { astroBuild, type AstroBuildOptions } from './astroBuild'
import { carryOverSearchIndex, replaceSearchIndex, searchIndexOf } from './searchIndexAfterRelease'

/** Pages the search index covers. */
const isSearchedPage = (file: string) => file.endsWith('.html') && SEARCHED_FOLDERS.includes(file.split(path.sep)[0]!)

/** Whether a searched page of `before` is missing from `after` (taken down, renamed). */
async function searchedPageRemoved(before: string, after: string): Promise<boolean> {
  const [old, now] = await Promise.all([listBuiltFiles(before), listBuiltFiles(after)])
  const present = new Set(now)
  return old.some((file) => isSearchedPage(file) && !present.has(file))
}

/**
 * The builder's way to publish: `astro build` into a new release, checked, then switched live.
 * Pagefind runs after Astro has exited, never beside it (their memory peaks do not add up). A
 * release goes live with the previous index and gets its own right after (Pagefind reads every
 * article page: too slow to wait for on each publish of a large site), unless it is the first or
 * a searched page was taken down: a removed page must not stay findable, so then it waits.
 */
export function publishSiteWithAstro(options: AstroBuildOptions & { releasesDir: string; echo?: (line: string) => void }): PublishSite {
  return async (log) => {
    const both = (line: string) => {
      log(line)
      options.echo?.(line)
    }
    const previousRelease = await liveRelease(options.releasesDir)
    const previousIndex = searchIndexOf(previousRelease)
    const env = { ...(options.env ?? process.env), SITE_SEARCH_INDEX: 'after-release' }
    let indexLater = false
    const release = await publishRelease({
      build: async (outDir) => {
        await astroBuild(outDir, { ...options, env }, both)
        indexLater = previousIndex !== undefined && !(await searchedPageRemoved(previousRelease!, outDir))
        if (indexLater) await carryOverSearchIndex(previousIndex!, outDir)
        else both(`search index: ${await writeSearchIndex(outDir)} pages`)
      },
      releasesDir: options.releasesDir,
      siteUrl: options.siteUrl,
    })
    return {
      release: path.basename(release),
      afterLive: indexLater
        ? async () => {
            const started = Date.now()
            both(`search index: ${await replaceSearchIndex(release)} pages, in place ${((Date.now() - started) / 1000).toFixed(1)} s after going live`)
          }
        : undefined,
    }
  }
}
