import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createLocalReq, type Payload } from 'payload'
import { closePayload } from '@reform/cms/closePayload'
import { queueSiteBuild } from '@reform/cms/queueSiteBuild'
import { publicPaths } from '@reform/shared'
import { astroFloor, meanPageBytes } from './bench/astroFloor'
import { samplePeakRss } from './bench/processTreeMemory'
import { loadPayload } from './cms/loadPayload'
import { readStartConfig } from './config'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { startProductionCms } from './cms/startProductionCms'
import { openDatabase } from './database/openDatabase'
import { CmsClient } from './drill/cmsClient'
import { assertPortFree } from './process/ports'
import { serveStatic } from './serve/serveStatic'
import { publishSiteWithRenderer } from '@reform/builder/publishSite'
import { runSiteBuilder } from '@reform/builder/jobLoop'
import { LIVE } from '@reform/builder/releases'
import { RENDERED_PAGES } from '@reform/site/renderedPages'

/**
 * `npm run bench`: how fast the publishing pipeline is on the content the database holds (fill it
 * with `npm run corpus`). Runs the CMS (its production build, as `npm start` does) and the builder's
 * own loop (`runSiteBuilder`, its default poll) in this process; the bench queues builds or acts as
 * an editor-in-chief over the CMS's REST API, and serves the live release as the local static server
 * does. Prints: a full rebuild from nothing (the builder's first build), a rebuild with nothing
 * changed, a whole build after a builder restart; then, in turn, the trivial Astro site of as many
 * pages as that first build rendered (the floor, three times), every page rendered again (as after
 * a change of the site's code used by every page, twice) and a full rebuild from nothing again, with
 * the ratio of the medians; then five articles published over REST one after another, each timed
 * from the request's answer to its page served with its title (its listings and feeds checked
 * too), beside the builder's own record of the build, and one unpublished. Each build with its
 * phases and the peak memory of the renderer and Pagefind (this process's own children); every
 * failed build is reported.
 */
const config = readStartConfig()
let stopCms = async () => {}
const database = await openDatabase(config, () => {})
const workDir = await mkdtemp(path.join(tmpdir(), 'reform-bench-'))
const releasesDir = path.join(workDir, 'site')
const cacheDir = path.join(workDir, 'cache')
const cmsUrl = `http://127.0.0.1:${config.cmsPort}`
let payload: Payload | undefined
// Without the print files: after a build from nothing the whole corpus's (~29,400) take about an
// hour in slices after each release, and every slice is a build of its own; they never delay a page going live.
const publishSite = publishSiteWithRenderer({ cmsUrl, siteUrl: config.siteUrl, releasesDir, cacheDir, echo: onBuildLine, print: false })
let builder: Promise<void> | undefined
let builderStopped = false
let builderError: unknown
let site: Awaited<ReturnType<typeof serveStatic>> | undefined

type Milestones = Record<string, number>
const MILESTONES: [string, RegExp][] = [
  ['content synced', /\[content\] Synced content/],
  ['pages rendered', /page\(s\) rendered(, \d+ taken| \(|) /],
  ['search indexed', /search index: \d+ pages in /],
  ['astro done', /\[build\] Complete!/],
  ['pages updated', /page\(s\) rendered, \d+ written/],
  ['search index in place', /search index: .*, in place/],
]
let buildStart = 0
/** Articles published one after another, for the median time to live. */
const PUBLISHES = 5
/** How often the bench asks the static server whether a page is live, as a reader reloading would. */
const POLL_SITE_MS = 50
const PUBLISHER = 'bench-publisher@example.invalid'
const peaks = { renderer: 0, pagefind: 0, together: 0 }
const failedBuilds: string[] = []
let milestones: Milestones = {}
let pagesLine = ''

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const time = (date: string | null | undefined) => new Date(date ?? NaN).getTime()

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function onBuildLine(line: string) {
  if (process.env.BENCH_LOG) console.log(`${((Date.now() - buildStart) / 1000).toFixed(2)} ${line}`)
  for (const [name, pattern] of MILESTONES) if (pattern.test(line)) milestones[name] = Date.now() - buildStart
  if (/page\(s\) rendered/.test(line)) pagesLine = line.replace(/^.*\[reform:live-renderer\] /, '')
}

const findBuilds = async (since: number) =>
  (
    await payload!.find({
      collection: 'site-builds',
      where: { and: [{ createdAt: { greater_than_equal: new Date(since).toISOString() } }, { status: { not_equals: 'merged' } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs
type SiteBuild = Awaited<ReturnType<typeof findBuilds>>[number]

/** Whether the builder has no `site` job waiting or running: a build's record is finished when it goes live, its job after the search index. */
const builderIdle = async () =>
  (await payload!.count({ collection: 'payload-jobs', where: { and: [{ queue: { equals: 'site' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] } }))
    .totalDocs === 0

/** The builds queued since `since`, once the builder has finished every one (a failed build's retry included) and all that follows them. */
async function buildsSettled(since: number): Promise<SiteBuild[]> {
  for (;;) {
    if (builderError) throw new Error('The builder stopped.', { cause: builderError })
    const ran = await findBuilds(since)
    if (ran.length > 0 && ran.every((build) => build.status === 'succeeded' || build.status === 'failed') && (await builderIdle())) return ran
    await sleep(100)
  }
}

const queueBuild = (what: string) => async () => queueSiteBuild(await createLocalReq({}, payload!), what)

/** Runs `act` (which queues a build or makes a change), waits for the builder to finish what followed, and prints it. */
async function runBuild<T>(what: string, act: () => Promise<T>): Promise<{ ms: number; acted: T; live: SiteBuild }> {
  // The build is the renderer process and what it starts (Pagefind); the CMS and the database are not counted.
  const sampler = samplePeakRss({ renderer: /rendererProcess/, pagefind: /pagefind/, together: /rendererProcess|pagefind/ })
  milestones = {}
  pagesLine = ''
  buildStart = Date.now()
  const acted = await act()
  const ran = await buildsSettled(buildStart)
  const ms = Date.now() - buildStart
  const { renderer: peak, pagefind: pagefindPeak, together } = sampler.stop()
  peaks.renderer = Math.max(peaks.renderer, peak)
  peaks.pagefind = Math.max(peaks.pagefind, pagefindPeak)
  peaks.together = Math.max(peaks.together, together)
  for (const build of ran.filter((each) => each.status === 'failed')) {
    failedBuilds.push(`#${build.id} (${what})`)
    console.log(`\n${what}: build #${build.id} FAILED after ${seconds(time(build.finishedAt) - buildStart)}:\n${build.log ?? ''}`)
  }
  const live = ran.find((build) => build.status === 'succeeded')
  if (!live) throw new Error(`${what}: no build succeeded.`)
  // The build record is finished when `live` switches; the search index may follow.
  const liveMs = time(live.finishedAt) - buildStart
  console.log(
    `\n${what}: live after ${seconds(liveMs)}, done after ${seconds(ms)} (${pagesLine}), peak memory: renderer ${megabytes(peak)}, Pagefind ${megabytes(pagefindPeak)}, both at once ${megabytes(together)}`,
  )
  for (const [name] of MILESTONES) if (milestones[name] !== undefined) console.log(`  ${name.padEnd(18)} at ${seconds(milestones[name]!)}`)
  return { ms: liveMs, acted, live }
}

/** The builder as `npm run builder` runs it: recovers, queues its first build, then serves the queue until the bench ends. */
function startBuilder() {
  builder = runSiteBuilder({ payload: payload!, releasesDir, stopped: () => builderStopped, log: (line) => console.log(`  builder: ${line}`) }).catch((error: unknown) => {
    builderError = error
  })
}

/** As after a change of the site's code used by every page: the record says another code rendered the live release, so no page is reused. */
async function renderEveryPageAgain() {
  await publishSite.stop()
  const record = path.join(releasesDir, RENDERED_PAGES)
  await writeFile(record, JSON.stringify({ ...(JSON.parse(await readFile(record, 'utf8')) as object), code: 'changed by the bench' }))
  publishSite.warm()
  return runBuild('Every page rendered again (content already synced, site live)', queueBuild('Phép đo: dựng lại mọi trang'))
}

/** A new machine's first build: no release, no content store; the builder's loop and heartbeat keep their folder. */
async function rebuildFromNothing() {
  await publishSite.stop()
  for (const folder of [releasesDir, cacheDir]) {
    const entries = await readdir(folder).catch(() => [])
    await Promise.all(entries.map((entry) => rm(path.join(folder, entry), { recursive: true, force: true })))
  }
  publishSite.warm()
  return runBuild('Full rebuild from nothing again (no content store, no release)', queueBuild('Phép đo: dựng lại từ đầu'))
}

/** When the live site first answered `pathname` as `done` says: the static server asked every POLL_SITE_MS. */
async function servedWhen(pathname: string, done: (status: number, body: string) => boolean, timeoutMs = 600_000): Promise<number> {
  const url = `${site!.url}${pathname}`
  const since = Date.now()
  while (Date.now() - since < timeoutMs) {
    const answer = await fetch(url, { signal: AbortSignal.timeout(5000) })
      .then(async (response) => ({ status: response.status, body: await response.text() }))
      .catch(() => ({ status: 0, body: '' }))
    if (done(answer.status, answer.body)) return Date.now()
    await sleep(POLL_SITE_MS)
  }
  throw new Error(`${url} was not as expected ${seconds(timeoutMs)} after the change.`)
}

/** The bench's own editor-in-chief (the role that publishes), with a new password each run, signed in over REST. */
async function signInPublisher(): Promise<CmsClient> {
  const password = randomBytes(24).toString('base64url')
  const existing = (await payload!.find({ collection: 'users', where: { email: { equals: PUBLISHER } }, limit: 1, depth: 0 })).docs[0]
  if (existing) await payload!.update({ collection: 'users', id: existing.id, data: { password } })
  else await payload!.create({ collection: 'users', data: { email: PUBLISHER, password, role: 'editor-in-chief', name: 'Phép đo xuất bản' } as never })
  const client = new CmsClient(cmsUrl)
  await client.signIn({ email: PUBLISHER, password })
  return client
}

/** From the REST answer to the page as `done` says, beside the builder's record of the build that took it live. */
function describeTimes(answered: number, served: number, live: SiteBuild) {
  return (
    `  page served ${seconds(served - answered)} after the REST answer; the builder's record: started ${seconds(time(live.startedAt) - answered)} after it ` +
    `(queue wait and polling), live ${seconds(time(live.finishedAt) - time(live.startedAt))} after starting`
  )
}

try {
  await assertPortFree(config.cmsPort, 'CMS_PORT', 'the CMS')
  await assertPortFree(config.sitePort, 'SITE_PORT', 'the static server of the live release')
  setScriptEnvironment(config, database.url)
  process.env.CMS_PUBLIC_URL = cmsUrl
  stopCms = (await startProductionCms(config.cmsPort, process.env)).stop
  payload = await loadPayload({ publishSite })
  // Builds the corpus import queued belong to no one here.
  await payload.update({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, data: { status: 'merged' } })
  const counts = await Promise.all(
    (['articles', 'bulletins', 'practices', 'documents', 'units'] as const).map(async (slug) => `${(await payload!.count({ collection: slug })).totalDocs} ${slug}`),
  )
  console.log(`Content: ${counts.join(', ')}`)

  await mkdir(releasesDir, { recursive: true })
  const fromNothing = [(await runBuild('Full rebuild from nothing (the builder started: no content store, no release)', async () => startBuilder())).ms]
  const pages = Number(/(\d+) page\(s\) rendered/.exec(pagesLine)?.[1])
  if (!pages) throw new Error(`The first build did not say how many pages it rendered (${pagesLine || 'no line'}).`)
  await runBuild('Rebuild, nothing changed', queueBuild('Phép đo: không có gì thay đổi'))
  // A restarted builder starts its renderer at once, as the builder does.
  await publishSite.stop()
  publishSite.warm()
  await runBuild('Builder restarted (whole build; unchanged pages taken from the live release)', queueBuild('Phép đo: tiến trình dựng trang khởi động lại'))

  const pageBytes = await meanPageBytes(path.join(releasesDir, LIVE))
  const floor = await astroFloor(workDir, pages, pageBytes)
  const floors: number[] = []
  const buildFloor = async () => {
    floors.push(await floor.build())
    console.log(`\nThe floor, a trivial Astro site of ${pages} pages of ~${Math.round(pageBytes / 1024)} KB (${floors.length} of 3): built in ${seconds(floors.at(-1)!)}`)
  }
  const rerenders: number[] = []
  await buildFloor()
  rerenders.push((await renderEveryPageAgain()).ms)
  await buildFloor()
  fromNothing.push((await rebuildFromNothing()).ms)
  await buildFloor()
  rerenders.push((await renderEveryPageAgain()).ms)

  site = await serveStatic(path.join(releasesDir, LIVE), config.sitePort)
  const publisher = await signInPublisher()
  const whereItShows = (slug: string, area: string) => ({
    'its page': publicPaths.article(slug),
    'the news listing': publicPaths.newsList(),
    'its area page': publicPaths.reformArea(area),
    '/rss.xml': publicPaths.feeds.all(),
    'its area feed': publicPaths.feeds.reformArea(area),
  })
  const areaOf = async (slug: string) => {
    const article = (await payload!.find({ collection: 'articles', where: { slug: { equals: slug } }, limit: 1, depth: 1 })).docs[0]
    return (article?.reformAreas?.[0] as { slug?: string } | undefined)?.slug ?? ''
  }
  const report = async (title: string, slug: string, expected: boolean) => {
    const area = await areaOf(slug)
    const found = await Promise.all(
      Object.entries(whereItShows(slug, area)).map(async ([name, pathname]) => {
        const body = await fetch(`${site!.url}${pathname}`).then((response) => (response.ok ? response.text() : ''))
        return `${name} ${body.includes(title) === expected ? 'yes' : 'NO'}`
      }),
    )
    console.log(`  ${expected ? 'live in' : 'gone from'}: ${found.join(', ')}`)
  }
  const publishes: number[] = []
  const recorded: number[] = []
  const published: { title: string; slug: string }[] = []
  for (let run = 1; run <= PUBLISHES; run++) {
    const title = `Tin đo tốc độ xuất bản ${run} ${new Date().toISOString()}`
    const { acted, live } = await runBuild(`Article ${run} of ${PUBLISHES} published over REST`, async () => {
      const slug = await publisher.publishArticle(title)
      const answered = Date.now()
      published.push({ title, slug })
      return { answered, served: await servedWhen(publicPaths.article(slug), (status, body) => status === 200 && body.includes(title)) }
    })
    console.log(describeTimes(acted.answered, acted.served, live))
    await report(title, published.at(-1)!.slug, true)
    publishes.push(acted.served - acted.answered)
    recorded.push(time(live.finishedAt) - time(live.startedAt))
  }
  const last = published.at(-1)!
  const { acted: unpublished, live: unpublishBuild } = await runBuild('Article unpublished over REST', async () => {
    await publisher.unpublishArticle(last.slug)
    const answered = Date.now()
    return { answered, served: await servedWhen(publicPaths.article(last.slug), (status) => status === 404) }
  })
  console.log(describeTimes(unpublished.answered, unpublished.served, unpublishBuild))
  await report(last.title, last.slug, false)
  const ratio = (ms: number) => `${(ms / median(floors)).toFixed(2)}×`
  console.log(
    `\nSummary: publish → live ${seconds(median(publishes))} median of ${publishes.map(seconds).join(', ')}, from the REST answer to the page served ` +
      `(the builder's records: ${recorded.map(seconds).join(', ')}) (target ≤ 3 s); unpublish → gone ${seconds(unpublished.served - unpublished.answered)} ` +
      `(target: no slower than a publish); full rebuild, every page rendered again, ${rerenders.map(seconds).join(', ')}: ${ratio(median(rerenders))} ` +
      `the trivial Astro floor of ${pages} pages (${floors.map(seconds).join(', ')}) (target ≤ 1.2×), from nothing ${fromNothing.map(seconds).join(', ')}: ${ratio(median(fromNothing))}; ` +
      `peak memory renderer ${megabytes(peaks.renderer)}, Pagefind ${megabytes(peaks.pagefind)}, both at once ${megabytes(peaks.together)} (target ≤ 1 GB); ` +
      `failed builds: ${failedBuilds.join(', ') || 'none'}`,
  )
  // The builds these deletions queue are left to the next run, which sets them aside.
  builderStopped = true
  await builder
  await payload.delete({ collection: 'articles', where: { slug: { in: published.map((article) => article.slug) } } })
  await payload.delete({ collection: 'users', where: { email: { equals: PUBLISHER } } })
} finally {
  builderStopped = true
  await builder
  await site?.close()
  await publishSite.stop()
  if (payload) await closePayload(payload)
  await stopCms()
  await database.stop()
  await rm(workDir, { recursive: true, force: true })
}
process.exit(0)
