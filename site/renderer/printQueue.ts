import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Page } from './pageFile'
import { isPrintFile, type PrintReport } from './printFiles'
import { removeFile } from './releaseFolder'
import { printedIn } from './renderedPages'

/**
 * The print files (PDFs of site/src/print) of the last release: those it has and the cache key
 * each was made with, those that failed, those to make first. Never made during a build: after
 * their release goes live, for a while at a time (print).
 */
export class PrintQueue {
  /** The print files the last release has, with the cache key each was made with (maybe an older one). */
  #printed = new Map<string, string>()
  /** Print files that could not be made, with the cache key that failed: not tried again until it changes. */
  #failed = new Map<string, string>()
  /** Print files whose content a build changed: made before any backlog, so a publish's own sheets come first. */
  #first = new Set<string>()
  /** Set by the builder while a print step runs: a build is waiting, stop after the file being made. */
  #yield = false

  get printed(): ReadonlyMap<string, string> {
    return this.#printed
  }

  get failed(): ReadonlyMap<string, string> {
    return this.#failed
  }

  /** Whether the last release has `file`: its pages link it. */
  has(file: string): boolean {
    return this.#printed.has(file)
  }

  /** Before a whole build from `base`: the print files it has (and those a process before failed to make). */
  async takeFrom(base: string | undefined): Promise<void> {
    const { printed, failed } = await printedIn(base)
    this.#printed = printed
    if (failed) this.#failed = failed
  }

  /** Of a whole build's pages, the print files `base` has: kept, even if out of date. Says which. */
  keepIn(pages: Map<string, Page>): string[] {
    const kept = new Map<string, string>()
    for (const [file, page] of pages) {
      const key = isPrintFile(file) ? this.#printed.get(file) : undefined
      if (key === undefined) continue
      kept.set(file, key)
      page.files = []
    }
    this.#printed = kept
    return [...kept.keys()]
  }

  /** An update from `before` to `pages`: says how many print files are out of date; those whose content changed go first. */
  update(before: Map<string, Page>, pages: Map<string, Page>, removed: string[]): number {
    const outOfDate = [...pages].filter(([file, page]) => isPrintFile(file) && this.#printed.get(file) !== (page.cacheKey ?? ''))
    for (const [file, page] of outOfDate) if (before.get(file)?.cacheKey !== page.cacheKey) this.#first.add(file)
    for (const file of removed) {
      this.#printed.delete(file)
      this.#first.delete(file)
    }
    return outOfDate.length
  }

  /**
   * Takes out of a new release the older versions of print files whose remake failed: its pages
   * no longer link them (they were listed after the failure), and stale content is not served.
   */
  async dropFailed(outDir: string, pages: Map<string, Page>): Promise<void> {
    for (const file of this.#failed.keys()) {
      if (pages.has(file) && !this.#printed.has(file) && existsSync(path.join(outDir, file))) await removeFile(outDir, file)
    }
  }

  /** A print step begins: a build waiting from now on ends it. */
  begin(): void {
    this.#yield = false
  }

  /** Asks a print step under way to stop after the file it is making. */
  yield(): void {
    this.#yield = true
  }

  /**
   * Makes (with `make`) the print files of `pages` that are missing or out of date, for at most
   * `budgetMs` or until yield(). A file that fails is reported, not linked, and tried again only
   * when its content changes.
   */
  async print(pages: Map<string, Page>, budgetMs: number, make: (file: string, page: Page) => Promise<void>): Promise<PrintReport> {
    const pending = [...pages]
      .filter(([file, page]) => isPrintFile(file) && this.#printed.get(file) !== (page.cacheKey ?? '') && this.#failed.get(file) !== (page.cacheKey ?? ''))
      .sort(([a], [b]) => printOrder(a, this.#first) - printOrder(b, this.#first))
    const report: PrintReport = { made: [], added: [], failed: [], unlinked: [], remaining: 0 }
    const started = Date.now()
    for (const [file, page] of pending) {
      if (Date.now() - started > budgetMs || this.#yield) break
      try {
        await make(file, page)
        if (!this.#printed.has(file)) report.added.push(file)
        this.#printed.set(file, page.cacheKey ?? '')
        report.made.push(file)
      } catch (error) {
        this.#failed.set(file, page.cacheKey ?? '')
        report.failed.push({ file, error: error instanceof Error ? error.message : String(error) })
        // An older version must not stay linked as if it were this content.
        if (this.#printed.delete(file)) report.unlinked.push(file)
      }
      this.#first.delete(file)
    }
    report.remaining = pending.length - report.made.length - report.failed.length
    return report
  }
}

/** Which print files go first: those of the latest changes, then sheets of articles and practices, bulletins, weekly sheets. */
function printOrder(file: string, first: Set<string>): number {
  const kind = file.startsWith('tin-tuc/') || file.startsWith('mo-hinh-hay/') ? 0 : file.startsWith('ban-tin/') ? 1 : 2
  return (first.has(file) ? 0 : 3) + kind
}
