import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { closePayload } from '@reform/cms/closePayload'
import { queueSiteBuild } from '@reform/cms/queueSiteBuild'
import { publicPaths } from '@reform/shared'
import { samplePeakRss } from './bench/processTreeMemory'
import { loadPayload } from './cms/loadPayload'
import { payloadSecret, readStartConfig, repoRoot } from './config'
import { openDatabase } from './database/openDatabase'
import { ChildProcesses } from './process/childProcesses'
import { assertPortFree } from './process/ports'
import { waitForHttp } from './process/waitForHttp'
import { publishSiteWithAstro } from './site/builder/publishSite'
import { LIVE } from './site/releases'

/**
 * `npm run bench`: how fast the publishing pipeline is on the content the database holds (fill it
 * with `npm run corpus`). Runs the CMS (`next dev`, as `npm start` does) and acts as the builder.
 * Prints: a full rebuild from an empty build cache (time, peak memory of the build), a rebuild
 * with nothing changed, and one article published → its page, listings and feeds live.
 */
const config = readStartConfig()
const children = new ChildProcesses()
const database = await openDatabase(config, () => {})
const workDir = await mkdtemp(path.join(tmpdir(), 'reform-bench-'))
const releasesDir = path.join(workDir, 'site')
const cacheDir = path.join(workDir, 'cache')
const cmsUrl = `http://127.0.0.1:${config.cmsPort}`
let payload: Payload | undefined

type Milestones = Record<string, number>
const MILESTONES: [string, RegExp][] = [
  ['content synced', /\[content\] Synced content/],
  ['pages rendered', /\[build\] ✓ Completed in/],
  ['CMS files copied', /CMS files copied into the site/],
  ['search indexed', /search index: \d+ pages/],
  ['astro done', /\[build\] Complete!/],
  ['search index in place', /search index: \d+ pages, in place/],
]
let buildStart = 0
let milestones: Milestones = {}
let pagesLine = ''

const paragraph = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }],
  },
})
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

function onBuildLine(line: string) {
  if (process.env.BENCH_LOG) console.log(`${((Date.now() - buildStart) / 1000).toFixed(2)} ${line}`)
  for (const [name, pattern] of MILESTONES) if (pattern.test(line)) milestones[name] = Date.now() - buildStart
  if (/page\(s\) built in/.test(line)) pagesLine = line.replace(/^.*\[build\] /, '')
}

async function runBuild(what: string, before?: () => Promise<void>): Promise<{ ms: number; peak: number }> {
  // The build is `astro build` and what it starts (Pagefind); the CMS and the database are not counted.
  const sampler = samplePeakRss(/astro\.mjs build/)
  const pagefindSampler = samplePeakRss(/pagefind/)
  milestones = {}
  buildStart = Date.now()
  if (before) await before()
  else await queueSiteBuild(await createLocalReq({}, payload!), what)
  for (;;) {
    const running = await payload!.find({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, limit: 1, depth: 0 })
    if (running.docs.length === 0) break
    const { jobStatus } = await payload!.jobs.run({ queue: 'site', limit: 1, silent: true })
    if (Object.keys(jobStatus ?? {}).length === 0) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const ms = Date.now() - buildStart
  const peak = sampler.stop()
  const pagefindPeak = pagefindSampler.stop()
  const last = (await payload!.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })).docs[0]!
  if (last.status !== 'succeeded') throw new Error(`${what}: the build failed:\n${last.log}`)
  // The build record is finished when `live` switches; the search index may follow.
  const liveMs = new Date(last.finishedAt!).getTime() - buildStart
  console.log(`\n${what}: live after ${seconds(liveMs)}, done after ${seconds(ms)} (${pagesLine}), peak memory: astro build ${megabytes(peak)} (with what it starts), Pagefind ${megabytes(pagefindPeak)}`)
  for (const [name] of MILESTONES) if (milestones[name] !== undefined) console.log(`  ${name.padEnd(18)} at ${seconds(milestones[name]!)}`)
  return { ms: liveMs, peak }
}

try {
  await assertPortFree(config.cmsPort, 'CMS_PORT', 'the CMS')
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: payloadSecret(config.dataDir),
    CMS_PUBLIC_URL: cmsUrl,
    SITE_URL: config.siteUrl,
    MEDIA_DIR: config.mediaDir,
    JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  Object.assign(process.env, env)
  children.spawn('cms', 'next', ['dev', '--hostname', '127.0.0.1', '--port', String(config.cmsPort)], { cwd: path.join(repoRoot, 'cms'), env })
  await waitForHttp(`${cmsUrl}/api/reform-areas?limit=1`, { timeoutMs: 300_000, what: 'The CMS' })
  payload = await loadPayload({
    publishSite: publishSiteWithAstro({ cmsUrl, siteUrl: config.siteUrl, releasesDir, cacheDir, echo: onBuildLine }),
  })
  // Builds the corpus import queued belong to no one here.
  await payload.update({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, data: { status: 'merged' } })
  const counts = await Promise.all(
    (['articles', 'bulletins', 'practices', 'documents', 'units'] as const).map(async (slug) => `${(await payload!.count({ collection: slug })).totalDocs} ${slug}`),
  )
  console.log(`Content: ${counts.join(', ')}`)

  const full = await runBuild('Full rebuild, empty build cache')
  await runBuild('Rebuild, nothing changed')
  const area = (await payload.find({ collection: 'reform-areas', limit: 1, depth: 0 })).docs[0]!
  const title = `Tin đo tốc độ xuất bản ${new Date().toISOString()}`
  let slug = ''
  const publish = await runBuild('One article published', async () => {
    const article = await payload!.create({
      collection: 'articles',
      data: { title, body: paragraph('Bài viết do phép đo tạo ra rồi xóa đi.'), reformAreas: [area.id], _status: 'published' } as never,
    })
    slug = article.slug!
  })
  const live = (file: string) => readFile(path.join(releasesDir, LIVE, file), 'utf8').catch(() => '')
  const checks = {
    'its page': (await live(`${publicPaths.article(slug).slice(1)}index.html`)).includes(title),
    'the news listing': (await live('tin-tuc/index.html')).includes(title),
    'its area page': (await live(`${publicPaths.reformArea(area.slug!).slice(1)}index.html`)).includes(title),
    '/rss.xml': (await live('rss.xml')).includes(title),
    'its area feed': (await live(publicPaths.feeds.reformArea(area.slug!).slice(1))).includes(title),
  }
  console.log(`  live in: ${Object.entries(checks).map(([name, ok]) => `${name} ${ok ? 'yes' : 'NO'}`).join(', ')}`)
  console.log(`\nSummary: publish → live ${seconds(publish.ms)} (target ≤ 10 s); full rebuild ${seconds(full.ms)} (target ≤ 45 s), peak ${megabytes(full.peak)} (target ≤ 1.5 GB)`)
  await payload.delete({ collection: 'articles', where: { slug: { equals: slug } } })
} finally {
  if (payload) await closePayload(payload)
  await children.stopAll()
  await database.stop()
  await rm(workDir, { recursive: true, force: true })
}
process.exit(0)
