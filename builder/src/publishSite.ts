import path from 'node:path'
import type { PublishSite } from '@reform/cms/config'
import { isSearchedPage, listSearchedPages } from '@reform/site/searchIndex'
import { liveRelease, publishRelease, pruneReleases } from './releases/releases'
import type { WithheldDocument } from '@reform/site/syncCollection'
import type { PrintReport } from '@reform/site/printFiles'
import { SiteRenderer, type SiteRendererOptions } from '@reform/site/siteRenderer'
import { carryOverSearchIndex, replaceSearchIndex, searchIndexOf } from './searchIndex'

/** Whether a searched page of `before` is missing from `after` (taken down, renamed). */
async function searchedPageRemoved(before: string, after: string): Promise<boolean> {
  const [old, now] = await Promise.all([listSearchedPages(before), listSearchedPages(after)])
  const present = new Set(now)
  return old.some((file) => !present.has(file))
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** How long one build's print step may run: a backlog (a whole site's PDFs) goes on in the next build. */
const PRINT_BUDGET_MS = 20_000

/**
 * The print files (bulletin PDFs, notice-board sheets) of the release just gone live, made in it
 * in place, ending early when a build is waiting. A build follows when pages must now link new
 * files or drop failed ones, or some are still to make.
 */
async function printAfterLive(renderer: SiteRenderer, log: (line: string) => void, buildWaiting?: () => Promise<boolean>): Promise<{ followUp?: string }> {
  const started = Date.now()
  let report: PrintReport
  try {
    report = await renderer.print(PRINT_BUDGET_MS, log, buildWaiting)
  } catch (error) {
    log(`Bản in chưa làm được, sẽ làm tiếp ở bản dựng sau: ${error instanceof Error ? error.message : String(error)}`)
    return { followUp: 'Bản in: làm tiếp sau lần trước bị gián đoạn' }
  }
  const { made, added, failed, unlinked, remaining } = report
  if (made.length > 0) log(`Bản in sẵn sàng (${made.length} tệp, ${seconds(Date.now() - started)}): ${made.slice(0, 10).join(', ')}${made.length > 10 ? ' …' : ''}`)
  for (const { file, error } of failed) log(`Bản in lỗi, trang vẫn lên mạng nhưng không có liên kết tới tệp: ${file}: ${error}`)
  if (added.length === 0 && unlinked.length === 0 && remaining === 0) return {}
  const parts = [
    added.length > 0 && `${added.length} tệp mới cần liên kết`,
    unlinked.length > 0 && `${unlinked.length} tệp lỗi cần gỡ liên kết`,
    remaining > 0 && `còn ${remaining} tệp chờ làm`,
  ]
  return { followUp: `Bản in: ${parts.filter(Boolean).join(', ')}` }
}

/**
 * The builder's way to publish: the renderer (SiteRenderer) builds a new release, which is checked,
 * then switched live. Pagefind runs after the renderer, never beside it (their memory peaks do not
 * add up). A release goes live with the previous search index and gets its own right after: only
 * the parts of the index (shards) its changed pages fall in, or all after a whole build. The first
 * release, and any release that took a searched page down, is indexed before it goes live instead
 * (a removed page must not stay findable).
 */
export function publishSiteWithRenderer(
  // `print: false` leaves out the print step after going live (the bench measures the pages apart from the print files' backlog).
  options: SiteRendererOptions & { releasesDir: string; echo?: (line: string) => void; print?: boolean },
): PublishSite & { stop: () => Promise<void>; warm: () => void } {
  const renderer = new SiteRenderer(options)
  renderer.warm()
  // Set when indexing after going live failed: that release's changes are then in no part yet.
  let indexEverything = false
  const publish: PublishSite = async (log) => {
    const both = (line: string) => {
      log(line)
      options.echo?.(line)
    }
    const previousRelease = await liveRelease(options.releasesDir)
    const previousIndex = searchIndexOf(previousRelease)
    let changes: { files: string[]; removed: string[] } | undefined
    /** The searched pages written or removed; none means the whole index. */
    let searchChanges: string[] | undefined
    let indexLater = false
    let checking = 0
    let withheld: WithheldDocument[] = []
    const release = await publishRelease({
      build: async (outDir) => {
        const started = Date.now()
        const result = await renderer.build(outDir, previousRelease, both)
        withheld = result.withheld
        for (const { collection, id, title, problems } of withheld) {
          both(`Bỏ ra khỏi trang vì không hợp lệ: ${collection} ${id}${title ? ` “${title}”` : ''}: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`)
        }
        let pageRemoved = true
        if (result.whole) {
          both(`whole site built in ${seconds(Date.now() - started)}`)
          if (previousRelease) pageRemoved = await searchedPageRemoved(previousRelease, outDir)
        } else {
          const { synced, rendered, changed, removed, unchanged, phases } = result.stats
          both(`changes: ${synced}`)
          both(
            `${rendered} page(s) rendered, ${changed.length} written, ${removed.length} removed, ${unchanged} unchanged in ${seconds(Date.now() - started)} (${Object.entries(
              phases,
            )
              .map(([name, ms]) => `${name} ${seconds(ms)}`)
              .join(', ')})`,
          )
          changes = { files: changed, removed }
          searchChanges = [...changed, ...removed].filter(isSearchedPage)
          pageRemoved = removed.some(isSearchedPage)
        }
        const indexing = Date.now()
        if (previousIndex) {
          await carryOverSearchIndex(previousIndex, outDir)
          both(`search index carried over in ${seconds(Date.now() - indexing)}`)
        }
        indexLater = previousIndex !== undefined && !pageRemoved
        if (!indexLater) {
          const { pages } = await replaceSearchIndex(outDir, previousIndex ? searchChanges : undefined)
          both(`search index: ${pages} pages in ${seconds(Date.now() - indexing)}`)
        }
        checking = Date.now()
      },
      changedSince: () => (changes && previousRelease ? { release: previousRelease, ...changes } : undefined),
      releasesDir: options.releasesDir,
      siteUrl: options.siteUrl,
    })
    both(`checked and switched live in ${seconds(Date.now() - checking)}`)
    return {
      release: path.basename(release),
      withheld,
      afterLive: async ({ buildWaiting } = {}) => {
        await pruneReleases(options.releasesDir).catch((error: unknown) => both(`old releases not removed: ${error instanceof Error ? error.message : String(error)}`))
        // Print files are made whatever becomes of the index.
        if (indexLater && (searchChanges?.length !== 0 || indexEverything)) {
          const started = Date.now()
          const changedPages = indexEverything ? undefined : searchChanges
          // Until this indexing succeeds, this release's changes are in no part of the index.
          indexEverything = true
          try {
            const { pages, shards, count } = await replaceSearchIndex(release, changedPages)
            indexEverything = false
            both(`search index: ${pages} pages (part ${shards.join(', ')} of ${count}), in place ${seconds(Date.now() - started)} after going live`)
          } catch (error) {
            // The next build indexes every part (indexEverything stays set).
            both(`Chỉ mục tìm kiếm chưa cập nhật (vẫn dùng chỉ mục cũ): ${error instanceof Error ? error.message : String(error)}`)
          }
        }
        return options.print === false ? {} : printAfterLive(renderer, both, buildWaiting)
      },
    }
  }
  return Object.assign(publish, { stop: () => renderer.stop(), warm: () => renderer.warm() })
}
