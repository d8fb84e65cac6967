import { astroBuild } from '../../../scripts/src/site/builder/astroBuild'

export type BuildResult = { code: number; output: string }

/** Runs the real `astro build` of site/ (as the builder does) against a CMS, into `outDir`, with its own content cache. */
export async function buildSite(options: { cmsUrl: string; siteUrl: string; outDir: string; cacheDir: string }): Promise<BuildResult> {
  let output = ''
  try {
    await astroBuild(options.outDir, options, (line) => (output += `${line}\n`))
    return { code: 0, output }
  } catch (error) {
    return { code: 1, output: `${output}${error instanceof Error ? error.message : String(error)}` }
  }
}
