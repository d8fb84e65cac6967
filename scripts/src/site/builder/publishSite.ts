import path from 'node:path'
import type { PublishSite } from '@reform/cms/config'
import { SEARCHED_FOLDERS, writeSearchIndex } from '@reform/site/searchIndex'
import { listBuiltFiles } from '../checkBuiltSite'
import { liveRelease, publishRelease, pruneReleases } from '../releases'
import { SiteRenderer, type SiteRendererOptions } from '../renderer/siteRenderer'
import { carryOverSearchIndex, replaceSearchIndex, searchIndexOf } from './searchIndexAfterRelease'

/** Pages the search index covers. */
const isSearchedPage = (file: string) => file.endsWith('.html') && SEARCHED_FOLDERS.includes(file.split(path.sep)[0]!)

/** Whether a searched page of `before` is missing from `after` (taken down, renamed). */
async function searchedPageRemoved(before: string, after: string): Promise<boolean> {
  const [old, now] = await Promise.all([listBuiltFiles(before), listBuiltFiles(after)])
  const present = new Set(now)
  return old.some((file) => isSearchedPage(file) && !present.has(file))
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * The builder's way to publish: the renderer (SiteRenderer) builds a new release, which is checked,
 * then switched live. Pagefind runs after the renderer, never beside it (their memory peaks do not
 * add up). A release goes live with the previous index and gets its own right after (Pagefind
 * reads every article page: too slow to wait for on each publish of a large site), unless it is
 * the first or a searched page was taken down: a removed page must not stay findable, so then it
 * waits.
 */
export function publishSiteWithRenderer(
  options: SiteRendererOptions & { releasesDir: string; echo?: (line: string) => void },
): PublishSite & { stop: () => Promise<void> } {
  const renderer = new SiteRenderer(options)
  const publish: PublishSite = async (log) => {
    const both = (line: string) => {
      log(line)
      options.echo?.(line)
    }
    const previousRelease = await liveRelease(options.releasesDir)
    const previousIndex = searchIndexOf(previousRelease)
    let indexLater = false
    let changes: { files: string[]; removed: string[] } | undefined
    let checking = 0
    const release = await publishRelease({
      build: async (outDir) => {
        const started = Date.now()
        const result = await renderer.build(outDir, previousRelease, both)
        if (result.whole) {
          both(`whole site built in ${seconds(Date.now() - started)}`)
          indexLater = previousIndex !== undefined && !(await searchedPageRemoved(previousRelease!, outDir))
        } else {
          const { synced, rendered, removed, unchanged, phases } = result.stats
          both(`changes: ${synced}`)
          both(`${rendered} page(s) rendered, ${removed.length} removed, ${unchanged} unchanged in ${seconds(Date.now() - started)} (${Object.entries(phases).map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')})`)
          indexLater = previousIndex !== undefined && !removed.some(isSearchedPage)
          changes = { files: result.stats.changed, removed }
        }
        const indexing = Date.now()
        if (indexLater) {
          await carryOverSearchIndex(previousIndex!, outDir)
          both(`search index carried over in ${seconds(Date.now() - indexing)}`)
        } else both(`search index: ${await writeSearchIndex(outDir)} pages`)
        checking = Date.now()
      },
      changedSince: () => (changes && previousRelease ? { release: previousRelease, ...changes } : undefined),
      releasesDir: options.releasesDir,
      siteUrl: options.siteUrl,
    })
    both(`checked and switched live in ${seconds(Date.now() - checking)}`)
    return {
      release: path.basename(release),
      afterLive: async () => {
        await pruneReleases(options.releasesDir).catch((error: unknown) => both(`old releases not removed: ${error instanceof Error ? error.message : String(error)}`))
        if (!indexLater) return
        const started = Date.now()
        both(`search index: ${await replaceSearchIndex(release)} pages, in place ${seconds(Date.now() - started)} after going live`)
      },
    }
  }
  return Object.assign(publish, { stop: () => renderer.stop() })
}
