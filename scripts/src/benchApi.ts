import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import autocannon from 'autocannon'
import { closePayload } from '@reform/cms/closePayload'
import { runMigrations } from '@reform/cms/runMigrations'
import { payloadSecret } from '@reform/shared/environment'
import { readStartConfig, repoRoot } from './config'
import { setScriptEnvironment } from './cms/scriptEnvironment'
import { startProductionCms } from './cms/startProductionCms'
import { openDatabase } from './database/openDatabase'
import { assertPortFree } from './process/ports'
import { timeAdminInChromium } from './bench/adminInChromium'
import { processTree, samplePeakRss, treeRss } from './bench/processTreeMemory'
import { loadPayload } from './cms/loadPayload'

/**
 * `npm run bench:api`: the CMS's public REST API under load, served as `npm start` serves it (the
 * production build), on the content the database holds (fill it with `npm run corpus`). Prints, for
 * each read: requests/s, latency p50/p95/p99, errors and non-2xx answers, bytes a response, the CPU
 * the CMS, PostgreSQL, the load generator and everything else on the machine used meanwhile, and
 * the CMS's peak memory; before that the CMS's memory at rest and the time to first byte of admin
 * pages, cold and warm, and the admin screens timed in Chromium to shown and loaded. Settings: DATA_DIR, EMBEDDED_DB_PORT, CMS_PORT (as `npm start`);
 * BENCH_SECONDS (each load run, default 20); BENCH_EMAIL and BENCH_PASSWORD to time the signed-in
 * admin pages as that user (otherwise the bench's own user, on a throwaway database only).
 */
const config = readStartConfig()
const cmsUrl = `http://127.0.0.1:${config.cmsPort}`
const CONNECTIONS = 10
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const WARM_UP_SECONDS = 4
const WARM_REPEATS = 5
const TICKS_PER_SECOND = 100
const MB = 1024 * 1024

/** Query strings as the site's loader sends them (brackets percent-encoded). */
const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString()

type Read = { title: string; path: string; everyRequestNew?: boolean }

/**
 * The goal read, answered from the CMS's anonymous read cache as repeated reads are, then computed
 * every time (a unique parameter each request); then the heaviest reads the site builder makes
 * (site/src/loaders/syncCollection.ts).
 */
const READS: Read[] = [
  { title: 'articles, 50 at depth 1, repeated (the goal: ≥ 100 requests/s, p95 ≤ 150 ms)', path: `/api/articles?${query({ limit: 50, depth: 1 })}` },
  { title: 'articles, 50 at depth 1, every request a new one (the cache cannot answer)', path: `/api/articles?${query({ limit: 50, depth: 1 })}`, everyRequestNew: true },
  { title: 'builder, a first build: 250 articles in full, depth 0', path: `/api/articles?${query({ depth: 0, limit: 250, page: 1, sort: 'id' })}` },
  {
    title: 'builder, every build: ids and updatedAt of 1,000 articles',
    path: `/api/articles?${query({ depth: 0, limit: 1000, page: 1, 'select[updatedAt]': 'true', sort: 'id' })}`,
  },
]

const ms = (value: number) => `${Math.round(value)} ms`
const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
/** The value below which `share` of the sorted values fall (nearest rank). */
const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN

/** User + system CPU ticks of a process (all its threads), or of one thread with `thread`. */
async function cpuTicks(pid: number, thread?: number): Promise<number> {
  const stat = await readFile(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
}

/** The peak resident memory of the CMS's process tree (`next start` and what it started), sampled every 200 ms until `stop()`. */
function cmsPeakRss(cms: number) {
  const sampler = samplePeakRss({ cms: /./ }, 200, cms)
  return { stop: async () => Math.max(sampler.stop().cms, await treeRss(cms)) }
}

/** Busy ticks of the whole machine (every core), from /proc/stat. */
async function machineBusyTicks(): Promise<number> {
  const [, user, nice, system, , , irq, softirq, steal] = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).map(Number)
  return user! + nice! + system! + irq! + softirq! + steal!
}

/** The CMS's process: the `next start` child this script's supervisor spawned. */
async function cmsPid(): Promise<number> {
  for (const pid of (await processTree(process.pid)).slice(1)) {
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
    if (/next/.test(command)) return pid
  }
  throw new Error('The CMS process was not found among this script’s children.')
}

/** PostgreSQL's postmaster, when the database is the embedded one of DATA_DIR. */
async function postgresPid(): Promise<number | undefined> {
  if (config.externalDatabaseUrl) return undefined
  const pid = Number((await readFile(path.join(config.postgresDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0])
  return pid > 0 ? pid : undefined
}

/** CPU of the CMS (and its main thread), PostgreSQL, this process (the load generator) and the whole machine, between `start` and `stop`. */
async function cpuMeter(cms: number, postgres: number | undefined) {
  const read = async () => {
    const postgresTree = postgres ? await processTree(postgres) : []
    const perPostgres = await Promise.all(postgresTree.map(async (pid) => [pid, await cpuTicks(pid)] as const))
    return {
      cms: (await Promise.all((await processTree(cms)).map((pid) => cpuTicks(pid)))).reduce((sum, ticks) => sum + ticks, 0),
      cmsMain: await cpuTicks(cms, cms),
      // Backends come and go: each counted from its own start.
      postgres: new Map(perPostgres),
      self: process.cpuUsage(),
      machine: await machineBusyTicks(),
      at: performance.now(),
    }
  }
  const before = await read()
  return async () => {
    const after = await read()
    let postgresTicks = 0
    for (const [pid, ticks] of after.postgres) postgresTicks += ticks - (before.postgres.get(pid) ?? 0)
    const self = process.cpuUsage(before.self)
    const seconds = {
      wall: (after.at - before.at) / 1000,
      cms: (after.cms - before.cms) / TICKS_PER_SECOND,
      cmsMain: (after.cmsMain - before.cmsMain) / TICKS_PER_SECOND,
      postgres: postgresTicks / TICKS_PER_SECOND,
      loadGenerator: (self.user + self.system) / 1e6,
      machine: (after.machine - before.machine) / TICKS_PER_SECOND,
    }
    return { ...seconds, others: Math.max(0, seconds.machine - seconds.cms - seconds.postgres - seconds.loadGenerator) }
  }
}

type Timing = { status: number; firstByte: number; whole: number; bytes: number; redirected: boolean }

/** One GET on a fresh connection: time to the response's first byte (its headers) and to its end; `redirected` also for Next's in-page redirects. */
function timeGet(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = http.get(`${cmsUrl}${pathAndQuery}`, { headers, agent: false }, (response) => {
      const firstByte = performance.now() - started
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        const status = response.statusCode ?? 0
        resolve({ status, firstByte, whole: performance.now() - started, bytes: body.length, redirected: (status >= 300 && status < 400) || body.includes('NEXT_REDIRECT') })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

/** The admin page cold (the first request for it since the CMS started) and warm (the median of five more), as a browser navigation. */
async function timeAdminPage(pathAndQuery: string, cookie?: string) {
  // A signed-in navigation: Payload takes the session cookie of a request without Origin only with Sec-Fetch-Site.
  const headers = { accept: 'text/html', 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate', ...(cookie ? { cookie } : {}) }
  const cold = await timeGet(pathAndQuery, headers)
  const warm: Timing[] = []
  for (let run = 0; run < WARM_REPEATS; run++) warm.push(await timeGet(pathAndQuery, headers))
  const statuses = [...new Set([cold, ...warm].map((timing) => timing.status))].join('/')
  console.log(
    `  ${pathAndQuery.padEnd(30)} cold ${ms(cold.firstByte).padStart(7)} to first byte, ${ms(cold.whole).padStart(7)} whole; ` +
      `warm ${ms(median(warm.map((timing) => timing.firstByte))).padStart(6)} / ${ms(median(warm.map((timing) => timing.whole))).padStart(6)} ` +
      `(HTTP ${statuses}, ${Math.round(median(warm.map((timing) => timing.bytes)) / 1024)} KB${warm.some((timing) => timing.redirected) ? ', REDIRECTED: not signed in' : ''})`,
  )
}

async function postJson(pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<{ token?: string }> {
  const response = await fetch(`${cmsUrl}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  const json = (await response.json()) as { token?: string }
  if (!response.ok) throw new Error(`POST ${pathname} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

const BENCH_USER = 'bench-api@example.invalid'

/**
 * A session cookie for the admin pages: BENCH_EMAIL/BENCH_PASSWORD's, or, on a throwaway database
 * (a DATA_DIR other than the project's own `.data`), the bench's own administrator: registered
 * through the first-user endpoint when the database has no user, kept for the next runs (its
 * password derived from the data folder's secret). Otherwise a reason to skip.
 */
async function adminSession(): Promise<{ cookie: string; who: string } | string> {
  const login = async (email: string, password: string, who: string) => ({ cookie: `payload-token=${(await postJson('/api/users/login', { email, password })).token}`, who })
  const { BENCH_EMAIL: email, BENCH_PASSWORD: password } = process.env
  if (email && password) return login(email, password, email)
  if (config.externalDatabaseUrl || config.dataDir === path.join(repoRoot, '.data')) {
    return 'the bench registers its own user only on a throwaway database (a DATA_DIR other than .data): set BENCH_EMAIL and BENCH_PASSWORD'
  }
  const benchPassword = createHmac('sha256', payloadSecret(config.dataDir)).update('bench:api').digest('hex')
  const { initialized } = (await (await fetch(`${cmsUrl}/api/users/init`)).json()) as { initialized: boolean }
  if (!initialized) {
    const { token } = await postJson('/api/users/first-register', { email: BENCH_USER, password: benchPassword, name: 'Bench' })
    return { cookie: `payload-token=${token}`, who: `${BENCH_USER} (registered now as the first user)` }
  }
  return login(BENCH_USER, benchPassword, BENCH_USER).catch(() => `the database has users, none of them the bench's: set BENCH_EMAIL and BENCH_PASSWORD of one`)
}

let requestNumber = 0

function loadOptions({ path: pathAndQuery, everyRequestNew }: Read, duration: number): autocannon.Options {
  const options = { url: `${cmsUrl}${pathAndQuery}`, connections: CONNECTIONS, duration }
  if (!everyRequestNew) return options
  return { ...options, requests: [{ setupRequest: (request) => ({ ...request, path: `${pathAndQuery}&bench=${++requestNumber}` }) }] }
}

/** 10 connections for SECONDS against one read, with the CPU and memory it cost. */
async function loadRun(read: Read, cms: number, postgres: number | undefined) {
  const { title, path: pathAndQuery } = read
  const sample = await timeGet(pathAndQuery)
  const warmUp = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(loadOptions(read, WARM_UP_SECONDS), (error, result) => (error ? reject(error) : resolve(result)))
  })
  const latencies: number[] = []
  const memory = cmsPeakRss(cms)
  const cpu = await cpuMeter(cms, postgres)
  const loadAverage = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(loadOptions(read, SECONDS), (error, done) => (error ? reject(error) : resolve(done)))
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  const used = await cpu()
  const peak = await memory.stop()
  latencies.sort((a, b) => a - b)
  const requests = result.requests.total
  const perSecond = requests / result.duration
  const cmsMsPerRequest = (1000 * used.cms) / requests
  console.log(`\n${title}\n  GET ${pathAndQuery}`)
  console.log(
    `  ${perSecond.toFixed(1)} requests/s (${requests} in ${result.duration.toFixed(1)} s, ${CONNECTIONS} connections; warm-up ${(warmUp.requests.total / warmUp.duration).toFixed(1)}/s); ` +
      `latency p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(latencies.at(-1) ?? NaN)}`,
  )
  console.log(
    `  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; ${sample.bytes.toLocaleString('en')} bytes a response ` +
      `(${Math.round(result.throughput.total / Math.max(1, requests)).toLocaleString('en')} with headers, as received under load)`,
  )
  console.log(
    `  CPU over the run's ${used.wall.toFixed(1)} s (core-seconds; ${(used.machine / used.wall).toFixed(2)} of the machine's 2 cores busy, load average before ${loadAverage}): ` +
      `CMS ${used.cms.toFixed(1)} (its main thread ${used.cmsMain.toFixed(1)}: ${Math.round((100 * used.cmsMain) / used.wall)}% of a core), PostgreSQL ${used.postgres.toFixed(1)}, ` +
      `load generator ${used.loadGenerator.toFixed(1)}, other processes ${used.others.toFixed(1)}`,
  )
  console.log(
    `  per request: CMS ${cmsMsPerRequest.toFixed(1)} ms CPU (main thread ${((1000 * used.cmsMain) / requests).toFixed(1)} ms), PostgreSQL ${((1000 * used.postgres) / requests).toFixed(1)} ms, ` +
      `load generator ${((1000 * used.loadGenerator) / requests).toFixed(1)} ms; the CMS's JavaScript runs on one thread, so at most ~${Math.round(requests / used.cmsMain)} requests/s ` +
      `with a whole core to itself; CMS peak memory ${megabytes(peak)}`,
  )
}

let stopCms = async () => {}
const database = await openDatabase(config, () => {})
try {
  await assertPortFree(config.cmsPort, 'CMS_PORT', 'the CMS')
  setScriptEnvironment(config, database.url)
  process.env.CMS_PUBLIC_URL = cmsUrl
  // A database filled by an older checkout gets this one's migrations first, as npm start gives it.
  const payload = await loadPayload()
  await runMigrations(payload)
  await closePayload(payload)
  // The CMS's own lines only when something went wrong; the build's and the supervisor's always.
  const log = (line: string) => {
    if (!line.startsWith('[cms] ') || /error/i.test(line)) console.log(line)
  }
  stopCms = (await startProductionCms(config.cmsPort, process.env, log)).stop
  const cms = await cmsPid()
  const postgres = await postgresPid()
  const atRest = cmsPeakRss(cms)
  await new Promise((resolve) => setTimeout(resolve, 2000))
  console.log(`CMS (pid ${cms}, next start) at rest after start: ${megabytes(await atRest.stop())} resident (its process tree)`)
  const counts = await Promise.all(
    ['articles', 'units', 'documents', 'media'].map(
      async (slug) => `${((await (await fetch(`${cmsUrl}/api/${slug}?limit=1&depth=0`)).json()) as { totalDocs: number }).totalDocs} ${slug}`,
    ),
  )
  console.log(`Published: ${counts.join(', ')}`)

  console.log('\nAdmin pages (time to first byte, and to the whole page; cold: the first request since start; warm: median of 5):')
  await timeAdminPage('/admin/login')
  const session = await adminSession()
  if (typeof session === 'string') console.log(`  signed-in pages skipped: ${session}`)
  else {
    console.log(`  signed in as ${session.who}:`)
    await timeAdminPage('/admin', session.cookie)
    await timeAdminPage('/admin/collections/articles', session.cookie)
    console.log('Admin screens in Chromium, signed in (time to the screen shown and to its load event):')
    await timeAdminInChromium(cmsUrl, session.cookie.replace(/^payload-token=/, ''), WARM_REPEATS, console.log)
  }
  console.log(`CMS memory after the admin pages: ${megabytes(await treeRss(cms))}`)

  for (const read of READS) await loadRun(read, cms, postgres)
} finally {
  await stopCms()
  await database.stop()
}
process.exit(0)
