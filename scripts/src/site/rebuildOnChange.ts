type Options = {
  /** What is published now, reduced to a string (see publishedSignature). */
  readSignature: () => Promise<string>
  /** The signature the current site was built from, or undefined when no build succeeded yet. */
  builtFrom: string | undefined
  intervalMs: number
  build: () => Promise<void>
  log: (line: string) => void
  stopped: () => boolean
}

/** A build that failed on unchanged content is tried again after this long (the cause may pass). */
export const RETRY_FAILED_MS = 60_000

/**
 * Local stand-in for the publishing pipeline: watches what the CMS publishes and rebuilds the site
 * when it changes. The signature is read before each build, so a change made during a build
 * triggers the next one.
 */
export async function rebuildOnChange({ readSignature, builtFrom, intervalMs, build, log, stopped }: Options): Promise<void> {
  let built = builtFrom
  let failed: { signature: string; at: number } | undefined
  while (!stopped()) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
    try {
      const current = await readSignature()
      if (current === built) continue
      if (failed?.signature === current && Date.now() - failed.at < RETRY_FAILED_MS) continue
      log('Published content changed: rebuilding the site…')
      try {
        await build()
      } catch (error) {
        failed = { signature: current, at: Date.now() }
        throw error
      }
      built = current
      failed = undefined
      log('Site rebuilt.')
    } catch (error) {
      log(`Site not rebuilt: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
