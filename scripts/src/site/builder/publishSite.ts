import path from 'node:path'
import type { PublishSite } from '@reform/cms/config'
import { liveRelease, publishRelease } from '../releases'
import { astroBuild, type AstroBuildOptions } from './astroBuild'
import { writeSearchIndex } from '@reform/site/searchIndex'
import { carryOverSearchIndex, replaceSearchIndex, searchIndexOf } from './searchIndexAfterRelease'

/**
 * The builder's way to publish: `astro build` into a new release, checked, then switched live.
 * The first release gets its search index before it goes live; later ones go live with the
 * previous index and get their own right after (Pagefind reads every article page: too slow to
 * wait for on each publish of a large site).
 */
export function publishSiteWithAstro(options: AstroBuildOptions & { releasesDir: string; echo?: (line: string) => void }): PublishSite {
  return async (log) => {
    const both = (line: string) => {
      log(line)
      options.echo?.(line)
    }
    const previousIndex = searchIndexOf(await liveRelease(options.releasesDir))
    // Pagefind runs after Astro has exited, never beside it: their peaks do not add up.
    const env = { ...(options.env ?? process.env), SITE_SEARCH_INDEX: 'after-release' }
    const release = await publishRelease({
      build: async (outDir) => {
        await astroBuild(outDir, { ...options, env }, both)
        if (previousIndex) await carryOverSearchIndex(previousIndex, outDir)
        else both(`search index: ${await writeSearchIndex(outDir)} pages`)
      },
      releasesDir: options.releasesDir,
      siteUrl: options.siteUrl,
    })
    return {
      release: path.basename(release),
      afterLive: previousIndex
        ? async () => {
            const started = Date.now()
            both(`search index: ${await replaceSearchIndex(release)} pages, in place ${((Date.now() - started) / 1000).toFixed(1)} s after going live`)
          }
        : undefined,
    }
  }
}
