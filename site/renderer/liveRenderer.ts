import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type AstroIntegration, type AstroIntegrationLogger, type AstroPrerenderer, type PathWithRoute, type RouteData } from 'astro'
import pLimit from 'p-limit'
import { installLiveContent, type LiveContent } from '../src/lib/liveContent'
import { fileMirrorDir } from '../src/loaders/mirrorFile'
import { installPrintedFiles } from '../src/print/printedFiles'
import { filesReferredToIn, linkMirroredFiles, mayReferToFiles } from '../integrations/publishReferencedFiles'
import { SEARCH_INDEX_DIR } from '../integrations/searchIndex'
import { SITE_COLLECTIONS, syncOptions } from '../src/loaders/siteCollections'
import { syncRecentChanges, type WithheldDocument } from '../src/loaders/syncCollection'
import { linkFiles, linkTree } from './linkTree'
import { readStoredJson, storeJson } from './storedJson'
import { pageFile } from './pageFile'
import { isPrintFile, printCodeHash, type PrintReport } from './printFiles'
import { siteCodeHash } from './siteCodeHash'

/** Name prefix of the spare release folder (not a `release-…` folder: never pruned or served as one). */
const SPARE = '.spare-'
/** Name prefix of the folder a sitemap is written in before it is moved into its release. */
const SITEMAP_ASIDE = '.sitemap-'
/** What a new release does not take from the last one: the search index and its work folder (the builder's). */
const NOT_CARRIED = [SEARCH_INDEX_DIR, `${SEARCH_INDEX_DIR}.next`]
/** Beside the releases: the cache keys of the last release's pages, for the next renderer process. */
export const RENDERED_PAGES = 'rendered-pages.json'
const SITEMAP = '@astrojs/sitemap'
/** Pages rendered at once: one page's file is written while the next renders. */
const RENDERING_AT_ONCE = 4
/**
 * Integrations whose end-of-build work the renderer does itself, as it renders: the sitemap (with
 * the pages it rendered), the CMS files pages refer to, and the search index (the builder's).
 */
const DONE_BY_RENDERER = [SITEMAP, 'reform:publish-referenced-files', 'reform:search-index']

type Page = {
  pathname: string
  route: RouteData
  cacheKey?: string
  url: string
  /** The CMS files the page refers to (below `media/`), once rendered. */
  files?: string[]
}

/** RENDERED_PAGES: each page with a cache key, as [cache key, CMS files it refers to]. */
type RenderedPages = { release: string; code: string; pages: Record<string, [string, string[]]>; printFailed?: Record<string, string> }

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
 * Astro's prerenderer with the parts of its app the renderer reaches: the route cache (each
 * route's paths, kept once computed; an update must compute them again) and the page modules.
 */
type StandardPrerenderer = AstroPrerenderer & {
  app?: { routeCache?: { clearAll?: () => void }; manifest?: { pageMap?: Map<string, () => Promise<unknown>> } }
}

/**
 * Astro imports a page's module again for every page it renders, and under tsx's loader hooks an
 * import costs ~0.1 ms even when loaded (2 s of a whole build): each is imported once instead.
 */
function importPagesOnce(prerenderer: StandardPrerenderer): void {
  const pageMap = prerenderer.app?.manifest?.pageMap
  if (!(pageMap instanceof Map)) return
  for (const [component, load] of pageMap) {
    let loaded: Promise<unknown> | undefined
    pageMap.set(component, () =>
      (loaded ??= load().catch((error: unknown) => {
        loaded = undefined
        throw error
      })),
    )
  }
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
  #sitemap?: AstroIntegration['hooks']['astro:build:done']
  #logger?: AstroIntegrationLogger
  /** siteCodeHash of the code the renderer runs. */
  #code = ''
  /** The next release's files linked ahead of time from the last one, while nothing is being published. */
  #spare?: { dir: string; ready: Promise<boolean> }
  /** The print files the last release has, with the cache key each was made with (maybe an older one). */
  #printed = new Map<string, string>()
  /** Print files that could not be made, with the cache key that failed: not tried again until it changes. */
  #printFailed = new Map<string, string>()
  /** Print files whose content a build changed: made before any backlog, so a publish's own sheets come first. */
  #printFirst = new Set<string>()
  /** Set by the builder while a print step runs: a build is waiting, stop after the file being made. */
  #printYield = false
  #printCode = ''

  constructor(options: RendererOptions) {
    this.#options = options
    installPrintedFiles({ has: (file) => this.#printed.has(file), code: () => this.#printCode })
  }

  /** The release the renderer's state describes (the last one it built). */
  /** The documents the last build left out as invalid. */
  get withheld(): WithheldDocument[] {
    return this.#live.withheld()
  }

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
    const capture: AstroIntegration = {
      name: 'reform:live-renderer',
      hooks: {
        'astro:config:done': async ({ config, logger }) => {
          this.#site = config.site ?? ''
          this.#printCode = await printCodeHash(this.#options.siteDir, this.#site)
          this.#origin = new URL(this.#site).origin
          this.#mirrorDir = fileMirrorDir(config.cacheDir)
          this.#logger = logger
          for (const integration of config.integrations) {
            if (!DONE_BY_RENDERER.includes(integration.name)) continue
            if (integration.name === SITEMAP) this.#sitemap = integration.hooks['astro:build:done']
            delete integration.hooks['astro:build:done']
          }
        },
        'astro:build:start': ({ setPrerenderer }) =>
          setPrerenderer((standard) => {
            this.#prerenderer = standard
            return {
              ...standard,
              name: 'reform:live-renderer',
              getStaticPaths: async () => {
                this.#pages = pagesOf(await standard.getStaticPaths())
                importPagesOnce(standard)
                listed = true
                return []
              },
              // Before Astro deletes the bundle, which loads the parts of a page when it is first rendered.
              teardown: async () => {
                if (listed) await this.#renderAll(outDir, base)
                await standard.teardown?.()
              },
            }
          }),
      },
    }
    const releasesDir = path.dirname(outDir)
    await mkdir(releasesDir, { recursive: true })
    await Promise.all((await readdir(releasesDir)).filter((name) => name.startsWith(SPARE) || name.startsWith(SITEMAP_ASIDE)).map((name) => rm(path.join(releasesDir, name), { recursive: true, force: true })))
    this.#syncedAt = Date.now()
    // Before Astro lists the pages: they link the print files the release will take from `base`.
    this.#printed = await this.#printedIn(base)
    await build({ root: this.#options.siteDir, outDir, integrations: [capture] })
    if (!listed) throw new Error('The site build listed no pages.')
    // With the live release's sitemap in place, the new one may follow a moment later, as after an update.
    const sitemapLater = base !== undefined && (await linkSitemap(base, outDir))
    if (!sitemapLater) await this.#writeSitemap(outDir, this.#pages)
    this.#release = outDir
    this.#prepareSpare(outDir, Promise.all([sitemapLater && this.#writeSitemap(outDir, this.#pages), this.#saveRenderedPages(outDir)]).then(() => undefined))
  }

  /** Renders every page into `outDir`, or links it from `base` when its cache key is unchanged. */
  async #renderAll(outDir: string, base: string | undefined): Promise<void> {
    const started = Date.now()
    this.#code = await siteCodeHash(this.#options.siteDir, this.#site)
    const { pages: before, why } = await this.#renderedIn(base)
    const reused: string[] = []
    // Print files are never made here (see print()); those `base` has are kept, even if out of date.
    const printed = new Map<string, string>()
    for (const [file, page] of this.#pages) {
      if (!isPrintFile(file)) continue
      const key = this.#printed.get(file)
      if (key === undefined) continue
      printed.set(file, key)
      page.files = []
      reused.push(file)
    }
    this.#printed = printed
    const rendering = pLimit(RENDERING_AT_ONCE)
    await settled(
      [...this.#pages].filter(([file]) => !isPrintFile(file)).map(([file, page]) =>
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
    const rendered = [...this.#pages.keys()].filter((file) => !isPrintFile(file)).length - (reused.length - printed.size)
    this.#logger?.info(`${rendered} page(s) rendered${taken} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }

  /** The cache keys `base`'s pages were rendered with, when it was rendered by this code; else why not. */
  async #renderedIn(base: string | undefined): Promise<{ pages: Map<string, [string, string[]]>; why?: string }> {
    if (!base) return { pages: new Map() }
    const rendered = (await readStoredJson(path.join(path.dirname(base), RENDERED_PAGES))) as RenderedPages | undefined
    if (rendered?.release !== path.basename(base)) return { pages: new Map(), why: `no record of how ${path.basename(base)} was rendered` }
    if (rendered.code !== this.#code) return { pages: new Map(), why: `the site's code or address changed since ${path.basename(base)}` }
    return { pages: new Map(Object.entries(rendered.pages)) }
  }

  /**
   * The print files `base` has, with the keys they were made with. Unlike pages these are taken
   * whatever code rendered `base`: their keys include the code that draws them.
   */
  async #printedIn(base: string | undefined): Promise<Map<string, string>> {
    if (!base) return new Map()
    const rendered = (await readStoredJson(path.join(path.dirname(base), RENDERED_PAGES))) as RenderedPages | undefined
    if (rendered?.release !== path.basename(base)) return new Map()
    // A file that failed (or took its process down) is not tried again by the next process either.
    this.#printFailed = new Map(Object.entries(rendered.printFailed ?? {}))
    const printed = Object.entries(rendered.pages).filter(([file]) => isPrintFile(file) && existsSync(path.join(base, file)))
    return new Map(printed.map(([file, [key]]) => [file, key]))
  }

  /** Records, beside the releases, the cache key each page of `release` was rendered with. One write at a time. */
  #saveRenderedPages(release: string): Promise<void> {
    const saving = this.#saving.catch(() => undefined).then(() => this.#writeRenderedPages(release))
    this.#saving = saving
    return saving
  }

  #saving: Promise<void> = Promise.resolve()

  async #writeRenderedPages(release: string): Promise<void> {
    const pages: RenderedPages['pages'] = {}
    for (const [file, page] of this.#pages) {
      if (isPrintFile(file)) {
        const key = this.#printed.get(file)
        if (key !== undefined) pages[file] = [key, []]
      } else if (page.cacheKey !== undefined) pages[file] = [page.cacheKey, page.files ?? []]
    }
    const printFailed = Object.fromEntries(this.#printFailed)
    await storeJson(path.join(path.dirname(release), RENDERED_PAGES), { release: path.basename(release), code: this.#code, pages, printFailed } satisfies RenderedPages)
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

    const routeCache = prerenderer.app?.routeCache
    if (!routeCache?.clearAll) throw new Error('Astro no longer exposes its route cache where the live renderer clears it; see site/renderer/liveRenderer.ts.')
    routeCache.clearAll()
    const pages = pagesOf(await prerenderer.getStaticPaths())
    phase('paths')

    const printing = [...pages].filter(([file, page]) => isPrintFile(file) && this.#printed.get(file) !== (page.cacheKey ?? ''))
    for (const [file, page] of printing) if (this.#pages.get(file)?.cacheKey !== page.cacheKey) this.#printFirst.add(file)
    const changed = [...pages].filter(([file, page]) => {
      if (isPrintFile(file)) return false
      const before = this.#pages.get(file)
      const same = page.cacheKey !== undefined && before?.cacheKey === page.cacheKey
      if (same) page.files = before.files
      return !same
    })
    const removed = [...this.#pages.keys()].filter((file) => !pages.has(file))
    for (const file of removed) {
      this.#printed.delete(file)
      this.#printFirst.delete(file)
    }
    await this.#startFrom(outDir)
    await this.#dropFailedPrintFiles(outDir, pages)
    // A CMS file replaced under the same name (new image sizes): the release must not keep the old one.
    await Promise.all(mirrored.map((file) => this.#relink(outDir, file)))
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
    this.#prepareSpare(outDir, Promise.all([pageSetChanged && this.#writeSitemap(outDir, pages), this.#saveRenderedPages(outDir)]).then(() => undefined))
    return { synced: counts.flat().join('; ') || 'nothing changed', rendered: changed.length, changed: written, removed, unchanged: pages.size - written.length - printing.length, phases }
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
    this.#printYield = false
    // The spare is being linked from the release: new files go in once it is complete.
    await this.#spare?.ready
    const pending = [...this.#pages]
      .filter(([file, page]) => isPrintFile(file) && this.#printed.get(file) !== (page.cacheKey ?? '') && this.#printFailed.get(file) !== (page.cacheKey ?? ''))
      .sort(([a], [b]) => printOrder(a, this.#printFirst) - printOrder(b, this.#printFirst))
    const report: PrintReport = { made: [], added: [], failed: [], unlinked: [], remaining: 0 }
    const started = Date.now()
    for (const [file, page] of pending) {
      if (Date.now() - started > budgetMs || this.#printYield) break
      try {
        await this.#render(release, file, page, { compare: true })
        await this.#refreshSpare(release, file)
        if (!this.#printed.has(file)) report.added.push(file)
        this.#printed.set(file, page.cacheKey ?? '')
        report.made.push(file)
      } catch (error) {
        this.#printFailed.set(file, page.cacheKey ?? '')
        report.failed.push({ file, error: error instanceof Error ? error.message : String(error) })
        // An older version must not stay linked as if it were this content.
        if (this.#printed.delete(file)) report.unlinked.push(file)
      }
      this.#printFirst.delete(file)
    }
    report.remaining = pending.length - report.made.length - report.failed.length
    if (report.made.length > 0 || report.failed.length > 0) await this.#saveRenderedPages(release)
    return report
  }

  /** Asks a print step under way to stop after the file it is making. */
  yieldPrinting(): void {
    this.#printYield = true
  }

  /**
   * Takes out of a new release the older versions of print files whose remake failed: its pages
   * no longer link them (they were listed after the failure), and stale content is not served.
   */
  async #dropFailedPrintFiles(outDir: string, pages: Map<string, Page>): Promise<void> {
    for (const file of this.#printFailed.keys()) {
      if (pages.has(file) && !this.#printed.has(file) && existsSync(path.join(outDir, file))) await removeFile(outDir, file)
    }
  }

  /** Gives the spare release (linked from `release` before the file was made) the file just made. */
  async #refreshSpare(release: string, file: string): Promise<void> {
    const spare = this.#spare
    if (!spare || !(await spare.ready)) return
    const target = path.join(spare.dir, file)
    await mkdir(path.dirname(target), { recursive: true })
    await rm(`${target}.partial`, { force: true })
    await link(path.join(release, file), `${target}.partial`)
    await rename(`${target}.partial`, target)
  }

  /** Links the next release's files from `release` once `first` (more work on it) is done. */
  #prepareSpare(release: string, first: Promise<void> = Promise.resolve()): void {
    const dir = path.join(path.dirname(release), `${SPARE}${path.basename(release)}`)
    const done = first.catch((error: unknown) => console.error(`The sitemap or page record of ${release} was not written: ${error}`))
    const ready = done.then(() => linkTree(release, dir, { except: NOT_CARRIED })).then(
      () => true,
      () => rm(dir, { recursive: true, force: true }).then(() => false),
    )
    this.#spare = { dir, ready }
  }

  /** Gives `outDir` every file of the last release (the search index aside: the builder carries it over). */
  async #startFrom(outDir: string): Promise<void> {
    const spare = this.#spare
    this.#spare = undefined
    if (spare && (await spare.ready)) return rename(spare.dir, outDir)
    await linkTree(this.#release!, outDir, { except: NOT_CARRIED })
  }

  /** Points a release's link to a CMS file at the mirror's current copy, if the release has one. */
  async #relink(outDir: string, sitePath: string): Promise<void> {
    const target = path.join(outDir, sitePath)
    if (!existsSync(target)) return
    await link(path.join(this.#mirrorDir, sitePath), `${target}.partial`).catch(() => copyFile(path.join(this.#mirrorDir, sitePath), `${target}.partial`))
    await rename(`${target}.partial`, target)
  }

  /**
   * Renders a page into `outDir` and notes the CMS files it refers to. With `compare`, a file that
   * comes out the same as the one already there is left alone. Says whether the file was written.
   */
  async #render(outDir: string, file: string, page: Page, { compare }: { compare: boolean }): Promise<boolean> {
    const result = await this.#prerenderer!.render(new Request(new URL(page.url, this.#site)), { routeData: page.route })
    const response = result instanceof Response ? result : result.response
    if (response.status >= 300 && response.status < 400) throw new Error(`${page.pathname} answered a redirect, which the live renderer does not write.`)
    const body = Buffer.from(await response.arrayBuffer())
    page.files = mayReferToFiles(file) && body.includes('/media/') ? filesReferredToIn(body.toString(), this.#origin) : []
    const target = path.join(outDir, file)
    await mkdir(path.dirname(target), { recursive: true })
    if (!compare) return writeFile(target, body).then(() => true)
    // A page without a cache key is rendered every time and mostly comes out the same.
    if ((await readFile(target).catch(() => undefined))?.equals(body)) return false
    // A new file replaces the hard link: the release it was linked from keeps its own copy.
    const partial = `${target}.partial`
    await writeFile(partial, body)
    await rename(partial, target)
    return true
  }

  /**
   * The sitemap as @astrojs/sitemap writes it after a build, given the pages Astro would. Written
   * aside and moved in by renames: the release's sitemap files are links shared with the previous
   * release, and may already be served.
   */
  async #writeSitemap(outDir: string, pages: Map<string, Page>): Promise<void> {
    if (!this.#sitemap) return
    const pageNames = [...pages.values()].filter((page) => page.route.type === 'page').map((page) => ({ pathname: page.url.replace(/^\//, '') }))
    const aside = await mkdtemp(path.join(path.dirname(outDir), SITEMAP_ASIDE))
    try {
      await this.#sitemap({ dir: pathToFileURL(`${aside}/`), pages: pageNames, logger: this.#logger! } as never)
      for (const file of await readdir(aside)) await rename(path.join(aside, file), path.join(outDir, file))
    } finally {
      await rm(aside, { recursive: true, force: true })
    }
  }
}

/** Which print files go first: those of the latest changes, then sheets of articles and practices, bulletins, weekly sheets. */
function printOrder(file: string, first: Set<string>): number {
  const kind = file.startsWith('tin-tuc/') || file.startsWith('mo-hinh-hay/') ? 0 : file.startsWith('ban-tin/') ? 1 : 2
  return (first.has(file) ? 0 : 3) + kind
}

/** Awaits every promise, then fails with the first error: nothing keeps running after a failure is reported. */
async function settled<T>(work: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(work)
  const failed = results.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
  return results.map((result) => (result as PromiseFulfilledResult<T>).value)
}

/** Links `from`'s sitemap files into `to`; says whether it had its index. */
async function linkSitemap(from: string, to: string): Promise<boolean> {
  const files = (await readdir(from).catch(() => [])).filter((name) => /^sitemap-.*\.xml$/.test(name))
  await linkFiles(from, to, files)
  return files.includes('sitemap-index.xml')
}

/** Deletes a page's file and the folders it leaves empty (a folder without its index is answered 403, not 404). */
async function removeFile(outDir: string, file: string): Promise<void> {
  await rm(path.join(outDir, file), { force: true })
  for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) {
    if ((await readdir(path.join(outDir, dir)).catch(() => ['?'])).length > 0) return
    // A page and its print files go together: another removal may have taken the folder already.
    await rmdir(path.join(outDir, dir)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY') throw error
    })
  }
}

function pagesOf(paths: PathWithRoute[]): Map<string, Page> {
  const pages = new Map<string, Page>()
  for (const { pathname, route, cacheKey } of paths) {
    const { file, url } = pageFile(pathname, route)
    // The first route to claim a path wins, as in Astro's build.
    if (!pages.has(file)) pages.set(file, { pathname, route, cacheKey, url })
  }
  return pages
}
