import { indexSite } from '../../integrations/searchIndex'
import { SiteRenderer } from '../../renderer/siteRenderer'

export type BuildResult = { code: number; output: string }

/**
 * Builds the whole site as the builder does the first time (the renderer's `astro build`, then the
 * search index) against a CMS, into `outDir`, with its own content cache.
 */
export async function buildSite(options: { cmsUrl: string; siteUrl: string; outDir: string; cacheDir: string }): Promise<BuildResult> {
  let output = ''
  const renderer = new SiteRenderer(options)
  try {
    await renderer.build(options.outDir, undefined, (line) => (output += `${line}\n`))
    output += `search index: ${await indexSite(options.outDir)} pages\n`
    return { code: 0, output }
  } catch (error) {
    return { code: 1, output: `${output}${error instanceof Error ? error.message : String(error)}` }
  } finally {
    await renderer.stop()
  }
}
