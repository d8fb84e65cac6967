import path from 'node:path'
import type { PublishSite } from '@reform/cms/config'
import { liveRelease, publishRelease } from '../releases'
import { astroBuild, type AstroBuildOptions } from './astroBuild'
import { carryOverSearchIndex, replaceSearchIndex, searchIndexOf } from './searchIndexAfterRelease'

/**
 * The builder's way to publish: `astro build` into a new release, checked, then switched live.
 * Once a release has a search index, the next ones go live with it and get their own right after
 * (Pagefind reads every article page: too slow to wait for on each publish of a large site).
 */
export function publishSiteWithAstro(options: AstroBuildOptions & { releasesDir: string; echo?: (line: string) => void }): PublishSite {
  return async (log) => {
    const both = (line: string) => {
      log(line)
      options.echo?.(line)
    }
    const previousIndex = searchIndexOf(await liveRelease(options.releasesDir))
    const env = { ...(options.env ?? process.env), ...(previousIndex ? { SITE_SEARCH_INDEX: 'after-release' } : {}) }
    const release = await publishRelease({
      build: async (outDir) => {
        await astroBuild(outDir, { ...options, env }, both)
        if (previousIndex) await carryOverSearchIndex(previousIndex, outDir)
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
