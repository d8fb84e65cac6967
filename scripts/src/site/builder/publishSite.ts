import type { PublishSite } from '@reform/cms/config'
import { astroBuild, type AstroBuildOptions } from './astroBuild'
import { publishRelease } from '../releases'
import path from 'node:path'

/** The builder's way to publish: `astro build` into a new release, checked, then switched live. */
export function publishSiteWithAstro(options: AstroBuildOptions & { releasesDir: string; echo?: (line: string) => void }): PublishSite {
  return async (log) => {
    const both = (line: string) => {
      log(line)
      options.echo?.(line)
    }
    const release = await publishRelease({
      build: (outDir) => astroBuild(outDir, options, both),
      releasesDir: options.releasesDir,
      siteUrl: options.siteUrl,
    })
    return { release: path.basename(release) }
  }
}
