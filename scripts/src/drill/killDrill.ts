import { setTimeout as sleep } from 'node:timers/promises'
import { CmsClient, waitUntilLive } from './cmsClient'
import type { RunningProduct } from './productUnderTest'
import { watchSite } from './siteWatcher'

export type KillResult = {
  child: string
  /** Seconds from the kill until npm start reported it running again. */
  backAfter: number
  /** Seconds from a publish until the article's page was live: made once it was back, or for the builder while it was down. */
  publishLive: number
  /** Tries the publish needed (more than 1: the CMS refused the first right after the restart). */
  publishTries: number
  requests: number
  failed: number
  failures: string[]
}

/** The order keeps the CMS and the database for last: the others' restarts are checked on a healthy base. */
export const DRILL_CHILDREN = ['mail', 'preview', 'builder', 'cms', 'postgres']

/**
 * `kill -9` each of npm start's children in turn while the public site is asked for a page every
 * 200 ms; for each: how long until it was back, a publish made after it (the builder's: while it was
 * down) and the time it took to go live, and the site's failed requests meanwhile.
 */
export async function killDrill(product: RunningProduct, staff: CmsClient, log: (line: string) => void, children = DRILL_CHILDREN): Promise<KillResult[]> {
  const results: KillResult[] = []
  const watch = watchSite(product.siteUrl)
  try {
    for (const name of children) {
      const before = (await product.children())[name]
      if (!before?.pid) throw new Error(`npm start reports no running ${name}.`)
      watch.take()
      const killedAt = Date.now()
      log(`drill: kill -9 ${name} (pid ${before.pid})`)
      process.kill(before.pid, 'SIGKILL')
      const publish = async () => {
        const publishedAt = Date.now()
        const { value: slug, tries } = await withRetries(() => staff.publishArticle(`Diễn tập: ${name} bị dừng đột ngột ${new Date(publishedAt).toISOString()}`), log)
        return { slug, tries, publishedAt }
      }
      // With the builder down the CMS still takes publishes: that one must go live once it is back.
      const early = name === 'builder' ? await publish() : undefined
      const backAfter = await waitUntilBack(product, name, before.restarts, killedAt)
      const { slug, tries: publishTries, publishedAt } = early ?? (await publish())
      const publishLive = await waitUntilLive(product.siteUrl, slug, publishedAt)
      const seen = watch.take()
      log(`drill: ${name} back after ${backAfter.toFixed(1)} s, publish live after ${publishLive.toFixed(1)} s, ${seen.failed} of ${seen.requests} site requests failed`)
      results.push({ child: name, backAfter, publishLive, publishTries, ...seen })
    }
  } finally {
    await watch.stop()
  }
  return results
}

async function waitUntilBack(product: RunningProduct, name: string, restartsBefore: number, since: number): Promise<number> {
  while (Date.now() - since < 300_000) {
    const now = (await product.children().catch(() => undefined))?.[name]
    if (now && now.state === 'running' && now.restarts > restartsBefore) return (Date.now() - since) / 1000
    await sleep(100)
  }
  throw new Error(`${name} was not back 300 s after it was killed.`)
}

/** An editor would try again; the tries are reported, so a refused first publish shows in the table. */
async function withRetries<T>(action: () => Promise<T>, log: (line: string) => void): Promise<{ value: T; tries: number }> {
  for (let tries = 1; ; tries += 1) {
    try {
      return { value: await action(), tries }
    } catch (error) {
      if (tries === 5) throw error
      log(`drill: the publish failed (${error instanceof Error ? error.message : String(error)}); trying again in 2 s`)
      await sleep(2000)
    }
  }
}
