import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { lutimes, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { freePort } from '../src/process/ports'
import { LIVE } from '@reform/builder/releases'
import type { HealthReport } from '../src/status/cmsHealth'
import { formatStatus } from '../src/status/formatStatus'
import { gatherStatus, type StatusSources } from '../src/status/gatherStatus'
import type { ProcessesRecord } from '../src/status/npmStartRecord'

const NOW = new Date()
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString()
/** Above Linux's largest pid (2^22), so no process can have it. */
const DEAD_PID = 99_999_999
const RELEASE = 'release-2026-12-04T03-00-00-000Z-4242'

const healthy: HealthReport = {
  ok: true,
  checkedAt: NOW.toISOString(),
  database: { reachable: true, ms: 3 },
  migrations: { committed: 5, applied: 5, pending: [] },
  jobs: { oldestSeconds: 12, queues: { site: { waiting: 1, oldestSeconds: 12 }, mail: { waiting: 2, oldestSeconds: 3 } } },
  site: {
    lastBuild: { id: 42, status: 'failed', reason: 'Xuất bản Tin bài', changes: 3, startedAt: minutesAgo(6), finishedAt: minutesAgo(5), durationSeconds: 12.3 },
    live: {
      id: 41,
      status: 'succeeded',
      reason: 'Tiến trình dựng trang khởi động',
      changes: 1,
      startedAt: minutesAgo(61),
      finishedAt: minutesAgo(60),
      durationSeconds: 40.5,
      release: RELEASE,
    },
    next: { id: 43, status: 'queued', reason: 'Thử lại sau bản dựng lỗi #42', changes: 1, startedAt: null, finishedAt: null, durationSeconds: null },
  },
}

/** A real HTTP server answering every request with `status` and `body`. */
async function serve(respond: () => { status: number; body: string }) {
  const server = http.createServer((_, response) => {
    const { status, body } = respond()
    response.writeHead(status, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) }
}

let dataDir: string
let sources: StatusSources
let cmsAnswer: { status: number; body: string }
let cms: Awaited<ReturnType<typeof serve>>
let site: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  cms = await serve(() => cmsAnswer)
  site = await serve(() => ({ status: 200, body: '<!doctype html>' }))
})
afterAll(async () => {
  await cms.close()
  await site.close()
})

beforeEach(async () => {
  cmsAnswer = { status: 200, body: JSON.stringify(healthy) }
  dataDir = await mkdtemp(path.join(tmpdir(), 'reform-status-'))
  sources = {
    dataDir,
    releasesDir: path.join(dataDir, 'site'),
    backupDir: path.join(dataDir, 'backups'),
    cmsUrl: cms.url,
    servers: [{ name: 'site', url: `${site.url}/` }],
  }
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function writeProcesses(record: ProcessesRecord) {
  await mkdir(path.join(dataDir, 'run'), { recursive: true })
  await writeFile(path.join(dataDir, 'run', 'processes.json'), JSON.stringify(record))
}

async function makeLiveRelease() {
  await mkdir(path.join(sources.releasesDir, RELEASE), { recursive: true })
  await symlink(RELEASE, path.join(sources.releasesDir, LIVE))
  const wentLive = new Date(minutesAgo(60))
  await lutimes(path.join(sources.releasesDir, LIVE), wentLive, wentLive)
}

/** The report's row for `label` (the text after the label column). */
const row = (text: string, label: string) =>
  text
    .split('\n')
    .find((line) => line.startsWith(`${label} `))
    ?.slice(label.length)
    .trim()

describe('npm run status', () => {
  it('says everything is up: npm start and its children alive, the CMS healthy, the live release and the last backup', async () => {
    const child = { pid: process.pid, state: 'running' as const, restarts: 0, since: minutesAgo(120) }
    await writeProcesses({
      pid: process.pid,
      startedAt: minutesAgo(121),
      mode: 'production',
      children: { preview: child, cms: child, postgres: child, builder: { ...child, restarts: 1 } },
    })
    await makeLiveRelease()
    await mkdir(sources.backupDir)
    await writeFile(
      path.join(sources.backupDir, 'last-backup.json'),
      JSON.stringify({ file: path.join(sources.backupDir, 'backup-2026-12-04.tar.gz'), createdAt: minutesAgo(180), bytes: 12_345_678, counts: { articles: 20, media: 3 } }),
    )

    const { text, down } = formatStatus(await gatherStatus(sources), NOW)
    expect(down).toEqual([])
    const lines = text.split('\n')
    expect(lines.at(-1)).toBe('Everything is up.')
    expect(row(text, 'npm start')).toMatch(new RegExp(`^running\\s+pid ${process.pid}, production mode, since .*\\(2 h ago\\)$`))
    // Children in the order they start, indented, with their restarts.
    expect(lines.filter((line) => line.startsWith('  ')).map((line) => line.trim().split(/\s+/)[0])).toEqual(['postgres', 'cms', 'builder', 'preview'])
    expect(lines.find((line) => line.startsWith('  builder'))).toMatch(/running\s+pid \d+, since .*\(2 h ago\), 1 restart$/)
    expect(row(text, 'CMS')).toMatch(new RegExp(`^up\\s+${cms.url}/api/health: database 3 ms, migrations 5/5$`))
    expect(row(text, 'site')).toMatch(new RegExp(`^up\\s+${site.url}/: HTTP 200$`))
    expect(row(text, 'Live release')).toMatch(new RegExp(`^${RELEASE}, live since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(60 min ago\\), build #41$`))
    expect(row(text, 'Last build')).toMatch(/^#42 failed at .*\(5 min ago\) after 12.3 s: Xuất bản Tin bài \(\+2 more changes\)$/)
    expect(row(text, 'Last success')).toMatch(/^#41 succeeded at .*\(60 min ago\) after 40.5 s: Tiến trình dựng trang khởi động$/)
    expect(row(text, 'Next build')).toBe('#43 queued: Thử lại sau bản dựng lỗi #42')
    expect(row(text, 'Jobs')).toBe('site: oldest due 12 s ago (1 waiting); mail: oldest due 3 s ago (2 waiting)')
    expect(row(text, 'Last backup')).toMatch(/^\d{4}-.* \(3 h ago\), backup-2026-12-04\.tar\.gz, 12\.3 MB, 23 documents$/)
    // One table: every second column starts at the same place.
    const starts = lines.filter((line) => /^\S.*\S {2,}\S/.test(line)).map((line) => line.search(/ {2,}\S/) + line.slice(line.search(/ {2,}\S/)).search(/\S/))
    expect(new Set(starts).size).toBe(1)
  })

  it('says npm start has ended when its pid is gone, and what is down', async () => {
    await writeProcesses({ pid: DEAD_PID, startedAt: minutesAgo(30), mode: 'dev', children: { cms: { pid: DEAD_PID, state: 'running', restarts: 0, since: minutesAgo(30) } } })
    sources.servers.push({ name: 'preview', url: `http://127.0.0.1:${await freePort()}/` })
    cmsAnswer = {
      status: 503,
      body: JSON.stringify({ ...healthy, ok: false, migrations: { committed: 6, applied: 5, pending: ['20261205_000000_backups'] } } satisfies HealthReport),
    }

    const { text, down } = formatStatus(await gatherStatus(sources), NOW)
    expect(row(text, 'npm start')).toMatch(new RegExp(`^not running\\s+pid ${DEAD_PID} \\(started .*\\(30 min ago\\)\\) has ended$`))
    expect(text).not.toContain('  cms')
    expect(row(text, 'CMS')).toMatch(new RegExp(`^down\\s+${cms.url}/api/health: database 3 ms, migrations 5/6, pending: 20261205_000000_backups$`))
    expect(row(text, 'preview')).toMatch(/^down\s+http:\/\/127\.0\.0\.1:\d+\/: no answer$/)
    expect(row(text, 'Live release')).toBe('none (no live link)')
    expect(row(text, 'Last backup')).toBe('no backup yet')
    expect(down).toEqual(['CMS', 'preview', 'live release'])
    expect(text.split('\n').at(-1)).toBe('Down: CMS, preview, live release.')
  })

  it('names the children of a running npm start that are not running', async () => {
    await writeProcesses({
      pid: process.pid,
      startedAt: minutesAgo(10),
      mode: 'production',
      children: {
        postgres: { pid: process.pid, state: 'running', restarts: 0, since: minutesAgo(10) },
        cms: { pid: DEAD_PID, state: 'running', restarts: 0, since: minutesAgo(10) },
        builder: { pid: null, state: 'restarting', restarts: 2, since: minutesAgo(1), lastExit: { code: 1, signal: null, at: minutesAgo(1) } },
        preview: { pid: null, state: 'gave-up', restarts: 5, since: minutesAgo(2), lastExit: { code: null, signal: 'SIGKILL', at: minutesAgo(2) } },
      },
    })
    await makeLiveRelease()

    const { text, down } = formatStatus(await gatherStatus(sources), NOW)
    expect(down).toEqual(['cms process', 'builder process', 'preview process'])
    const lines = text.split('\n')
    expect(lines.find((line) => line.startsWith('  cms'))).toMatch(new RegExp(`running\\s+pid ${DEAD_PID} \\(gone\\), since `))
    expect(lines.find((line) => line.startsWith('  builder'))).toMatch(/restarting\s+since .*, 2 restarts, last exit code 1 at .*\(60 s ago\)$/)
    expect(lines.find((line) => line.startsWith('  preview'))).toMatch(/gave-up\s+since .*, 5 restarts, last exit signal SIGKILL at .*\(2 min ago\)$/)
  })

  it('says the CMS is not reachable, and leaves its builds and jobs out', async () => {
    sources.cmsUrl = `http://127.0.0.1:${await freePort()}`
    await makeLiveRelease()
    const { text, down } = formatStatus(await gatherStatus(sources), NOW)
    expect(row(text, 'npm start')).toMatch(/^not running\s+no run\/processes\.json in DATA_DIR$/)
    expect(row(text, 'CMS')).toMatch(new RegExp(`^down\\s+${sources.cmsUrl}/api/health: not reachable$`))
    expect(row(text, 'Last build')).toBe('CMS not reachable')
    expect(text).not.toMatch(/^Jobs/m)
    expect(down).toEqual(['CMS'])
  })
})
