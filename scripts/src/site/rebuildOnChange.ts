import { publishedSignature } from './publishedSignature'

type Options = {
  cmsUrl: string
  /** The signature the current build was made from. */
  builtFrom: string
  intervalMs: number
  build: () => Promise<void>
  log: (line: string) => void
  stopped: () => boolean
}

/**
 * Local stand-in for the publishing pipeline: watches what the CMS publishes and rebuilds the site
 * when it changes. The signature is read before each build, so a change made during a build
 * triggers the next one.
 */
export async function rebuildOnChange({ cmsUrl, builtFrom, intervalMs, build, log, stopped }: Options): Promise<void> {
  let built = builtFrom
  while (!stopped()) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
    try {
      const current = await publishedSignature(cmsUrl)
      if (current === built) continue
      log('Published content changed: rebuilding the site…')
      built = current
      await build()
      log('Site rebuilt.')
    } catch (error) {
      log(`Site not rebuilt: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
