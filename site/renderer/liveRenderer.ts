import { existsSync } from 'node:fs'
import path from 'node:path'
import { build, type AstroIntegrationLogger } from 'astro'
import pLimit from 'p-limit'
import { linkMirroredFiles } from '../integrations/publishReferencedFiles'
import { installLiveContent, type LiveContent } from '../src/lib/liveContent'
import { fileMirrorDir } from '../src/loaders/mirrorFile'
import { SITE_COLLECTIONS, syncOptions } from '../src/loaders/siteCollections'
import { syncRecentChanges, type WithheldDocument } from '../src/loaders/syncCollection'
import { installPrintedFiles } from '../src/print/printedFiles'
import { captureAstro, clearRouteCache, type SitemapHook, type StandardPrerenderer } from './astroCapture'
import { linkFiles } from './linkTree'
import { pagesOf, type Page } from './pageFile'
import { isPrintFile, printCodeHash, type PrintReport } from './printFiles'
import { PrintQueue } from './printQueue'
import { relinkMirrored, removeFile, removeLeftovers, SpareRelease } from './releaseFolder'
import { recordRenderedPages, renderedIn } from './renderedPages'
import { renderPage } from './renderPage'
import { siteCodeHash } from './siteCodeHash'
import { linkSitemap, writeSitemap } from './sitemap'

/** Pages rendered at once: one page's file is written while the next renders. */
const RENDERING_AT_ONCE = 4

export type RendererOptions = {
  siteDir: string
  cmsUrl: string
}

/** What an update did, for the build log. */
export type UpdateStats = {
  synced: string
  rendered: number
  /** Files written (new or changed), relative to the release. */
  changed: string[]
  removed: string[]
  unchanged: number
  phases: Record<string, number>
}

/**
 * Keeps the site's renderer loaded between builds. The first build is a whole `astro build` whose
 * pages the renderer renders itself, taking unchanged ones (same cache key, same site code) from
 * the live release; Astro's own prerenderer is kept from it. Each later build syncs
 * only the documents that changed into the live content (lib/liveContent.ts), asks every route
 * for its paths and cache keys again, and renders only the pages whose key changed or that have
 * none, into a new release that hard-links every other file of the one it starts from. No
 * process start, no bundling, no copying of unchanged pages: a publish touches what it changes.
 */
export class LiveRenderer {
  readonly #options: RendererOptions
  readonly #live: LiveContent = installLiveContent()
  #prerenderer?: StandardPrerenderer
  #pages = new Map<string, Page>()
  #release?: string
  /** When the documents were last synced (ms; before the sync started). */
  #syncedAt = 0
  #site = ''
  #origin = ''
  #mirrorDir = ''
  #sitemap?: SitemapHook
  #logger?: AstroIntegrationLogger
  /** siteCodeHash of the code the renderer runs. */
  #code = ''
  readonly #spare = new SpareRelease()
  readonly #print = new PrintQueue()
  #printCode = ''
  /** The last write of the rendered-pages record: one at a time. */
  #saving: Promise<void> = Promise.resolve()

  constructor(options: RendererOptions) {
    this.#options = options
    installPrintedFiles({ has: (file) => this.#print.has(file), code: () => this.#printCode })
  }

  /** The documents the last build left out as invalid. */
  get withheld(): WithheldDocument[] {
    return this.#live.withheld()
  }

  /** The release the renderer's state describes (the last one it built). */
  get release(): string | undefined {
    return this.#release
  }

  /**
   * A whole `astro build` into `outDir` (content sync, bundle); keeps Astro's prerenderer for later
   * updates. Astro is handed no page to render: the renderer renders them itself, and takes from
   * `base` (the live release) every page whose cache key is the one it was rendered with there.
   */
  async build(outDir: string, base?: string): Promise<void> {
    let listed = false
    const capture = captureAstro({
      configured: async (site, cacheDir, logger, sitemap) => {
        this.#site = site
        this.#printCode = await printCodeHash(this.#options.siteDir, this.#site)
        this.#origin = new URL(this.#site).origin
        this.#mirrorDir = fileMirrorDir(cacheDir)
        this.#logger = logger
        this.#sitemap = sitemap
      },
      listed: (prerenderer, paths) => {
        this.#prerenderer = prerenderer
        this.#pages = pagesOf(paths)
        listed = true
      },
      teardown: async () => {
        if (listed) await this.#renderAll(outDir, base)
      },
    })
    await removeLeftovers(path.dirname(outDir))
    this.#syncedAt = Date.now()
    // Before Astro lists the pages: they link the print files the release will take from `base`.
    await this.#print.takeFrom(base)
    await build({ root: this.#options.siteDir, outDir, integrations: [capture] })
    if (!listed) throw new Error('The site build listed no pages.')
    // With the live release's sitemap in place, the new one may follow a moment later, as after an update.
    const sitemapLater = base !== undefined && (await linkSitemap(base, outDir))
    if (!sitemapLater) await this.#writeSitemap(outDir, this.#pages)
    this.#release = outDir
    this.#spare.prepare(
      outDir,
      Promise.all([sitemapLater && this.#writeSitemap(outDir, this.#pages), this.#saveRenderedPages(outDir)]).then(() => undefined),
    )
  }

  /** Renders every page into `outDir`, or links it from `base` when its cache key is unchanged. */
  async #renderAll(outDir: string, base: string | undefined): Promise<void> {
    const started = Date.now()
    this.#code = await siteCodeHash(this.#options.siteDir, this.#site)
    const { pages: before, why } = await renderedIn(base, this.#code)
    // Print files are never made here (see print()); those `base` has are kept, even if out of date.
    const printed = this.#print.keepIn(this.#pages)
    const reused = [...printed]
    const rendering = pLimit(RENDERING_AT_ONCE)
    await settled(
      [...this.#pages]
        .filter(([file]) => !isPrintFile(file))
        .map(([file, page]) =>
          rendering(async () => {
            const known = page.cacheKey === undefined ? undefined : before.get(file)
            if (known && known[0] === page.cacheKey && existsSync(path.join(base!, file))) {
              page.files = known[1]
              reused.push(file)
            } else await this.#render(outDir, file, page, { compare: false })
          }),
        ),
    )
    if (base) await linkFiles(base, outDir, reused)
    await linkMirroredFiles(outDir, new Set([...this.#pages.values()].flatMap((page) => page.files ?? [])), this.#mirrorDir)
    const taken = base && reused.length > 0 ? `, ${reused.length} taken unchanged from ${path.basename(base)}` : why ? ` (${why})` : ''
    const rendered = [...this.#pages.keys()].filter((file) => !isPrintFile(file)).length - (reused.length - printed.length)
    this.#logger?.info(`${rendered} page(s) rendered${taken} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }

  /** Builds `outDir` from `base` (the release this renderer built last) and the changes since. */
  async update(outDir: string, base: string): Promise<UpdateStats> {
    const prerenderer = this.#prerenderer
    if (!prerenderer) throw new Error('The whole build rendered no page, so there is no renderer to update with.')
    if (base !== this.#release) throw new Error(`The renderer describes ${this.#release ?? 'no release'}, not ${base}.`)
    const phases: Record<string, number> = {}
    const started = Date.now()
    const phase = (name: string) => (phases[name] = Date.now() - started)

    const syncing = Date.now()
    const mirrored: string[] = []
    const counts = await settled(
      SITE_COLLECTIONS.map(async (collection) => {
        const options = { ...syncOptions(collection, this.#options.cmsUrl), mirrorDir: this.#mirrorDir, mirrored: (file: string) => mirrored.push(file) }
        const { fetched, removed, withheld } = await syncRecentChanges(this.#live.store(options.slug), options, this.#syncedAt)
        this.#live.withhold(options.slug, withheld)
        return fetched || removed ? `${options.slug} ${fetched} fetched, ${removed} removed` : []
      }),
    )
    // Only a sync without error moves the time the next one looks back from.
    this.#syncedAt = syncing
    phase('synced')

    clearRouteCache(prerenderer)
    const pages = pagesOf(await prerenderer.getStaticPaths())
    phase('paths')

    const removed = [...this.#pages.keys()].filter((file) => !pages.has(file))
    const printing = this.#print.update(this.#pages, pages, removed)
    const changed = [...pages].filter(([file, page]) => {
      if (isPrintFile(file)) return false
      const before = this.#pages.get(file)
      const same = page.cacheKey !== undefined && before?.cacheKey === page.cacheKey
      if (same) page.files = before.files
      return !same
    })
    await this.#spare.startFrom(outDir, base)
    await this.#print.dropFailed(outDir, pages)
    // A CMS file replaced under the same name (new image sizes): the release must not keep the old one.
    await Promise.all(mirrored.map((file) => relinkMirrored(outDir, file, this.#mirrorDir)))
    phase('linked')

    const rendering = pLimit(RENDERING_AT_ONCE)
    const differs = await settled(changed.map(([file, page]) => rendering(() => this.#render(outDir, file, page, { compare: true }))))
    await Promise.all(removed.map((file) => removeFile(outDir, file)))
    phase('rendered')

    const written = changed.filter((_, index) => differs[index]).map(([file]) => file)
    await linkMirroredFiles(outDir, new Set(written.flatMap((file) => pages.get(file)!.files ?? [])), this.#mirrorDir)
    const pageSetChanged = removed.length > 0 || changed.some(([file]) => !this.#pages.has(file))
    phase('files')

    this.#pages = pages
    this.#release = outDir
    // After the reply, not before: the sitemap may trail the pages by a second, the publish need not wait.
    this.#spare.prepare(
      outDir,
      Promise.all([pageSetChanged && this.#writeSitemap(outDir, pages), this.#saveRenderedPages(outDir)]).then(() => undefined),
    )
    return { synced: counts.flat().join('; ') || 'nothing changed', rendered: changed.length, changed: written, removed, unchanged: pages.size - written.length - printing, phases }
  }

  /**
   * Makes the print files (PDFs) of the last release that are missing or out of date, for at most
   * `budgetMs` or until `yieldPrinting()` (a build is waiting), writing each into that release in
   * place (it is live: by a rename, like the search index) and into the spare made from it. A
   * file that fails is reported, not linked (an older version of it is unlinked by the next
   * build), and tried again only when its content changes.
   */
  async print(budgetMs: number): Promise<PrintReport> {
    const release = this.#release
    if (!release) throw new Error('The renderer has built no release to print for.')
    this.#print.begin()
    // The spare is being linked from the release: new files go in once it is complete.
    await this.#spare.ready()
    const report = await this.#print.print(this.#pages, budgetMs, async (file, page) => {
      await this.#render(release, file, page, { compare: true })
      await this.#spare.refresh(release, file)
    })
    if (report.made.length > 0 || report.failed.length > 0) await this.#saveRenderedPages(release)
    return report
  }

  /** Asks a print step under way to stop after the file it is making. */
  yieldPrinting(): void {
    this.#print.yield()
  }

  #render(outDir: string, file: string, page: Page, options: { compare: boolean }): Promise<boolean> {
    return renderPage({ prerenderer: this.#prerenderer!, site: this.#site, origin: this.#origin }, outDir, file, page, options)
  }

  /** Records the cache key each page of `release` was rendered with (as it is when its turn comes). One write at a time. */
  #saveRenderedPages(release: string): Promise<void> {
    const saving = this.#saving.catch(() => undefined).then(() => recordRenderedPages(release, this.#code, this.#pages, this.#print.printed, this.#print.failed))
    this.#saving = saving
    return saving
  }

  async #writeSitemap(outDir: string, pages: Map<string, Page>): Promise<void> {
    if (this.#sitemap) await writeSitemap(this.#sitemap, this.#logger!, outDir, pages)
  }
}

/** Awaits every promise, then fails with the first error: nothing keeps running after a failure is reported. */
async function settled<T>(work: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(work)
  const failed = results.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
  return results.map((result) => (result as PromiseFulfilledResult<T>).value)
}
