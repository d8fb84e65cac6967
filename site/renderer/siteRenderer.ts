import { fork, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { stripVTControlCharacters } from 'node:util'
import { fileURLToPath } from 'node:url'
import { SITE_DIR } from './siteDir'
import type { WithheldDocument } from '../src/loaders/syncCollection'
import type { UpdateStats } from './liveRenderer'
import type { PrintReport } from './printFiles'
import { rendererWorkDir } from './rendererWorkDir'

const DEFAULT_HEAP_MB = '1024'
/** How often a print step looks whether a build is waiting for it to end. */
const YIELD_CHECK_MS = 1000
/** How long past its budget a print step may run (one large bulletin) before its process is stopped. */
const PRINT_OVERRUN_MS = 120_000
const ENTRY = fileURLToPath(new URL('./rendererProcess.ts', import.meta.url))

export type RenderRequest = { outDir: string; base?: string } | { print: { budgetMs: number } } | { yieldPrinting: true }
export type RenderReply =
  | { ok: true; whole: true; withheld: WithheldDocument[] }
  | { ok: true; whole: false; stats: UpdateStats; withheld: WithheldDocument[] }
  | { ok: true; printed: PrintReport }
  | { ok: false; error: string }
  | { ok: false; stale: true }
type Ready = { ready: true }

/** Where the renderer's output goes outside a build (the sitemap it writes after replying). */
const betweenBuilds = (line: string) => console.log(`[renderer] ${line}`)

export type SiteRendererOptions = {
  /** Where the CMS's REST API is read (anonymously). */
  cmsUrl: string
  siteUrl: string
  /** Astro's content store and file mirror, kept between builds. */
  cacheDir?: string
  env?: NodeJS.ProcessEnv
}

/**
 * The builder's handle on the renderer process (rendererProcess.ts). The process builds the whole
 * site once, then each build only updates the release it made last. When the release to start
 * from is not that one (a build failed its checks, the builder restarted), or the process died,
 * a new process builds the whole site again.
 */
export class SiteRenderer {
  readonly #options: SiteRendererOptions
  #child?: ChildProcess
  /** The child once it said it is ready. */
  #ready?: Promise<ChildProcess>
  #log = betweenBuilds

  constructor(options: SiteRendererOptions) {
    this.#options = options
  }

  /** Builds `outDir`, from `base` when the renderer can; says whether it was a whole build. */
  async build(outDir: string, base: string | undefined, log: (line: string) => void): Promise<Extract<RenderReply, { whole: boolean }>> {
    this.#log = log
    try {
      const reply = await this.#ask({ outDir, base }, await this.#process())
      if (reply.ok && 'whole' in reply) return reply
      if ('stale' in reply) {
        await this.stop()
        return await this.build(outDir, base, log)
      }
      throw new Error(`the site build failed:\n${'error' in reply ? reply.error : 'an answer to another request'}`)
    } finally {
      this.#log = betweenBuilds
    }
  }

  /**
   * Makes the print files the last release lacks or has out of date, for about `budgetMs` (see
   * LiveRenderer.print), ending early once `buildWaiting()` says a build is queued. Only after a
   * build of this process: a new process has nothing to print for. A step that outlives its budget
   * by far (a PDF that never ends) takes the process down; the next build starts a new one.
   */
  async print(budgetMs: number, log: (line: string) => void, buildWaiting: () => Promise<boolean> = async () => false): Promise<PrintReport> {
    const child = this.#child
    if (!this.#ready || !child || child.exitCode !== null || child.signalCode !== null) throw new Error('the renderer is not running')
    this.#log = log
    let asked = false
    const watching = setInterval(() => {
      buildWaiting().then(
        (waiting) => {
          if (waiting && !asked) child.send({ yieldPrinting: true } satisfies RenderRequest, () => undefined)
          asked ||= waiting
        },
        () => undefined,
      )
    }, YIELD_CHECK_MS)
    const deadline = setTimeout(() => void this.stop(), budgetMs + PRINT_OVERRUN_MS)
    try {
      const reply = await this.#ask({ print: { budgetMs } }, await this.#ready)
      if (reply.ok && 'printed' in reply) return reply.printed
      throw new Error(`printing failed:\n${'error' in reply ? reply.error : 'no report'}`)
    } finally {
      clearInterval(watching)
      clearTimeout(deadline)
      this.#log = betweenBuilds
    }
  }

  /**
   * Starts the renderer process ahead of the first build (its start, ~3 s, then overlaps with the
   * builder's own). A process that fails to start is started again by the build, which reports why.
   */
  warm(): void {
    this.#process().catch(() => undefined)
  }

  async stop(): Promise<void> {
    const child = this.#child
    this.#child = undefined
    this.#ready = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }

  #process(): Promise<ChildProcess> {
    if (this.#ready && this.#child && this.#child.exitCode === null && this.#child.signalCode === null) return this.#ready
    // Node's default heap limit grows with the machine's memory, and the build then takes ~4 GB
    // where 1 GB does (measured on the 10,000-article corpus); SITE_BUILD_HEAP_MB raises it.
    const heapMb = process.env.SITE_BUILD_HEAP_MB ?? DEFAULT_HEAP_MB
    const { cmsUrl, siteUrl, cacheDir, env = process.env } = this.#options
    const child = fork(ENTRY, [], {
      cwd: SITE_DIR,
      // A larger young generation: rendering makes short-lived garbage, and fewer scavenges made a
      // whole build ~15% faster for ~80 MB (measured on the corpus).
      execArgv: [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=32', '--import', 'tsx'],
      env: {
        ...env,
        CMS_URL: cmsUrl,
        SITE_URL: siteUrl,
        ...(cacheDir ? { SITE_CACHE_DIR: cacheDir } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    })
    // Astro colours its output; the build record and logs want plain text.
    for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => this.#log(stripVTControlCharacters(line)))
    this.#child = child
    if (cacheDir) child.once('exit', () => void rm(rendererWorkDir(cacheDir), { recursive: true, force: true }))
    this.#ready = new Promise<ChildProcess>((resolve, reject) => {
      child.once('message', (message: Ready) => (message.ready ? resolve(child) : reject(new Error('the renderer did not start'))))
      child.once('exit', (code, signal) => reject(new Error(`the renderer exited while starting (${signal ?? `code ${code}`})`)))
    })
    return this.#ready
  }

  #ask(request: RenderRequest, child: ChildProcess): Promise<RenderReply> {
    return new Promise((resolve, reject) => {
      // A reply sent just before the process exits may be read after 'exit': give it a moment.
      const onExit = (code: number | null, signal: string | null) => setTimeout(() => reject(new Error(`the renderer exited during the build (${signal ?? `code ${code}`})`)), 200)
      child.once('exit', onExit)
      child.once('message', (reply: RenderReply) => {
        child.off('exit', onExit)
        resolve(reply)
      })
      child.send(request, (error) => error && reject(error))
    })
  }
}
