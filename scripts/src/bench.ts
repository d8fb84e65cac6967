import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { closePayload } from '@reform/cms/closePayload'
import { queueSiteBuild } from '@reform/cms/queueSiteBuild'
import { publicPaths } from '@reform/shared'
import { samplePeakRss } from './bench/processTreeMemory'
import { loadPayload } from './cms/loadPayload'
import { readStartConfig } from './config'
import { markdownToLexical } from './cms/markdownToLexical'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { startProductionCms } from './cms/startProductionCms'
import { openDatabase } from './database/openDatabase'
import { assertPortFree } from './process/ports'
import { publishSiteWithRenderer } from '@reform/builder/publishSite'
import { runSiteJobs } from '@reform/builder/jobLoop'
import { LIVE } from '@reform/builder/releases'
import { RENDERED_PAGES } from '@reform/site/renderedPages'

/**
 * `npm run bench`: how fast the publishing pipeline is on the content the database holds (fill it
 * with `npm run corpus`). Runs the CMS (its production build, as `npm start` does) and acts as the builder.
 * Prints: a full rebuild from nothing (time, peak memory of the renderer and of Pagefind), a
 * rebuild with nothing changed, a whole build after a builder restart, every page rendered again
 * (as after a change of the site's code used by every page), three articles
 * published one after another (each: its page, listings and feeds live) and one unpublished.
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

type Milestones = Record<string, number>
const MILESTONES: [string, RegExp][] = [
  ['content synced', /\[content\] Synced content/],
  ['pages rendered', /page\(s\) rendered(, \d+ taken| \(|) /],
  ['search indexed', /search index: \d+ pages/],
  ['astro done', /\[build\] Complete!/],
  ['pages updated', /page\(s\) rendered, \d+ written/],
  ['search index in place', /search index: \d+ pages, in place/],
]
let buildStart = 0
/** Articles published one after another, for the median time to live. */
const PUBLISHES = 3
const peaks = { renderer: 0, pagefind: 0, together: 0 }
let milestones: Milestones = {}
let pagesLine = ''

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

function onBuildLine(line: string) {
  if (process.env.BENCH_LOG) console.log(`${((Date.now() - buildStart) / 1000).toFixed(2)} ${line}`)
  for (const [name, pattern] of MILESTONES) if (pattern.test(line)) milestones[name] = Date.now() - buildStart
  if (/page\(s\) rendered/.test(line)) pagesLine = line.replace(/^.*\[reform:live-renderer\] /, '')
}

async function runBuild(what: string, before?: () => Promise<void>): Promise<{ ms: number; peak: number }> {
  // The build is the renderer process and what it starts (Pagefind); the CMS and the database are not counted.
  const sampler = samplePeakRss({ renderer: /rendererProcess/, pagefind: /pagefind/, together: /rendererProcess|pagefind/ })
  milestones = {}
  pagesLine = ''
  buildStart = Date.now()
  if (before) await before()
  else await queueSiteBuild(await createLocalReq({}, payload!), what)
  await runSiteJobs(payload!, {
    pollMs: 100,
    done: async () => (await payload!.count({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } } })).totalDocs === 0,
  })
  const ms = Date.now() - buildStart
  const { renderer: peak, pagefind: pagefindPeak, together } = sampler.stop()
  peaks.renderer = Math.max(peaks.renderer, peak)
  peaks.pagefind = Math.max(peaks.pagefind, pagefindPeak)
  peaks.together = Math.max(peaks.together, together)
  // The build asked for, then those that followed it to link the print files made after it went live.
  const ran = (
    await payload!.find({
      collection: 'site-builds',
      where: { and: [{ createdAt: { greater_than_equal: new Date(buildStart).toISOString() } }, { status: { not_equals: 'merged' } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs
  const failed = ran.find((build) => build.status !== 'succeeded')
  if (!ran[0] || failed) throw new Error(`${what}: the build failed:\n${failed?.log ?? 'no build ran'}`)
  // The build record is finished when `live` switches; the search index and print files may follow.
  const liveMs = new Date(ran[0].finishedAt!).getTime() - buildStart
  const printed = ran.reduce((sum, build) => sum + Number(build.log?.match(/Bản in sẵn sàng \((\d+) tệp/)?.[1] ?? 0), 0)
  console.log(
    `\n${what}: live after ${seconds(liveMs)}, done after ${seconds(ms)} (${pagesLine}), peak memory: renderer ${megabytes(peak)}, Pagefind ${megabytes(pagefindPeak)}, both at once ${megabytes(together)}`,
  )
  for (const [name] of MILESTONES) if (milestones[name] !== undefined) console.log(`  ${name.padEnd(18)} at ${seconds(milestones[name]!)}`)
  if (printed > 0) console.log(`  print files       ${printed} made (PDFs, sheets), the last ready at ${seconds(ms)}, in ${ran.length} build(s)`)
  return { ms: liveMs, peak }
}

try {
  await assertPortFree(config.cmsPort, 'CMS_PORT', 'the CMS')
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

  const full = await runBuild('Full rebuild from nothing (no content store, no release)')
  await runBuild('Rebuild, nothing changed')
  // A restarted builder starts its renderer at once, as the builder does.
  await publishSite.stop()
  publishSite.warm()
  await runBuild('Builder restarted (whole build; unchanged pages taken from the live release)')
  // As after a change of the site's code used by every page.
  await publishSite.stop()
  // The record says another code rendered the live release: no page is reused, print files are (their keys hold their own code).
  const record = path.join(releasesDir, RENDERED_PAGES)
  await writeFile(record, JSON.stringify({ ...(JSON.parse(await readFile(record, 'utf8')) as object), code: 'changed by the bench' }))
  publishSite.warm()
  const rerender = await runBuild('Every page rendered again (content already synced, site live)')
  const area = (await payload.find({ collection: 'reform-areas', limit: 1, depth: 0 })).docs[0]!
  const lexical = await markdownToLexical(payload)
  const live = (file: string) => readFile(path.join(releasesDir, LIVE, file), 'utf8').catch(() => '')
  const whereItShows = (slug: string) => ({
    'its page': `${publicPaths.article(slug).slice(1)}index.html`,
    'the news listing': 'tin-tuc/index.html',
    'its area page': `${publicPaths.reformArea(area.slug!).slice(1)}index.html`,
    '/rss.xml': 'rss.xml',
    'its area feed': publicPaths.feeds.reformArea(area.slug!).slice(1),
  })
  const report = async (title: string, slug: string, expected: boolean) => {
    const found = await Promise.all(Object.entries(whereItShows(slug)).map(async ([name, file]) => `${name} ${(await live(file)).includes(title) === expected ? 'yes' : 'NO'}`))
    console.log(`  ${expected ? 'live in' : 'gone from'}: ${found.join(', ')}`)
  }
  const publishes: number[] = []
  const published: { title: string; slug: string }[] = []
  for (let run = 1; run <= PUBLISHES; run++) {
    const title = `Tin đo tốc độ xuất bản ${run} ${new Date().toISOString()}`
    const { ms } = await runBuild(`Article ${run} of ${PUBLISHES} published`, async () => {
      const article = await payload!.create({
        collection: 'articles',
        data: { title, body: lexical('Bài viết do phép đo tạo ra rồi xóa đi.'), reformAreas: [area.id], _status: 'published' } as never,
      })
      published.push({ title, slug: article.slug! })
    })
    await report(title, published.at(-1)!.slug, true)
    publishes.push(ms)
  }
  const last = published.at(-1)!
  const unpublish = await runBuild('Article unpublished', async () => {
    await payload!.update({ collection: 'articles', where: { slug: { equals: last.slug } }, data: { _status: 'draft' } })
  })
  await report(last.title, last.slug, false)
  const median = [...publishes].sort((a, b) => a - b)[Math.floor(publishes.length / 2)]!
  console.log(
    `\nSummary: publish → live ${seconds(median)} median of ${publishes.map(seconds).join(', ')} (target ≤ 10 s); unpublish → live ${seconds(unpublish.ms)}; ` +
      `full rebuild ${seconds(rerender.ms)} (every page rendered again, content store kept), ${seconds(full.ms)} from nothing (target ≤ 45 s); peak memory renderer ${megabytes(peaks.renderer)}, Pagefind ${megabytes(peaks.pagefind)}, both at once ${megabytes(peaks.together)} (target ≤ 1.5 GB)`,
  )
  await payload.delete({ collection: 'articles', where: { slug: { in: published.map((article) => article.slug) } } })
} finally {
  await publishSite.stop()
  if (payload) await closePayload(payload)
  await stopCms()
  await database.stop()
  await rm(workDir, { recursive: true, force: true })
}
process.exit(0)
