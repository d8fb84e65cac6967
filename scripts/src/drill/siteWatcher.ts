import { setTimeout as sleep } from 'node:timers/promises'

/** What a reader asks for most: the home page, the news list and the main feed. */
const PATHS = ['/', '/tin-tuc/', '/rss.xml']

export type SiteWatch = { requests: number; failed: number; failures: string[] }

/** Asks the public site for a page every 200 ms until stopped, counting every answer that is not a 200. */
export function watchSite(siteUrl: string): { take: () => SiteWatch; stop: () => Promise<SiteWatch> } {
  let current: SiteWatch = { requests: 0, failed: 0, failures: [] }
  let running = true
  const loop = (async () => {
    for (let index = 0; running; index += 1) {
      const pathname = PATHS[index % PATHS.length]!
      const started = Date.now()
      // A whole answer within 5 s, body included; anything else is a failed request.
      const problem = await fetch(`${siteUrl}${pathname}`, { signal: AbortSignal.timeout(5000) })
        .then(async (response) => {
          await response.arrayBuffer()
          return response.status === 200 ? undefined : `HTTP ${response.status}`
        })
        .catch((error: Error) => error.message)
      current.requests += 1
      if (problem) {
        current.failed += 1
        current.failures.push(`${new Date().toISOString()} ${pathname}: ${problem}`)
      }
      await sleep(Math.max(0, 200 - (Date.now() - started)))
    }
  })()
  return {
    /** The counts since the last take, and a fresh count from now. */
    take: () => {
      const taken = current
      current = { requests: 0, failed: 0, failures: [] }
      return taken
    },
    stop: async () => {
      running = false
      await loop
      return current
    },
  }
}
