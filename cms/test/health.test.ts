import net from 'node:net'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDatabase } from '../src/health/databaseCheck'
import { publicBuildReason } from '../src/health/publicBuildReason'
import type { HealthReport } from '../src/health/healthEndpoint'
import { migrations } from '../src/migrations'
import { lexicalBody } from './support/lexicalBody'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'
import { sql } from './support/testDatabase'

let cms: TestCms
let chief: StaffMember
let areaId: number

beforeAll(async () => {
  cms = await startTestCms()
  chief = await createStaff(cms, 'editor-in-chief')
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách tổ chức bộ máy' } })).id
  // Creating the area queued a build: each test starts from no builds and no jobs.
  await sql(cms.databaseUrl, 'DELETE FROM site_builds; DELETE FROM payload_jobs')
})

afterAll(() => cms.stop())

/** `GET /api/health` as the compose health check calls it: anonymously, through Payload's REST handler. */
async function health(): Promise<{ status: number; body: string; report: HealthReport; cacheControl: string | null }> {
  const response = await cms.get('/api/health')
  const body = await response.text()
  return { status: response.status, body, report: JSON.parse(body) as HealthReport, cacheControl: response.headers.get('cache-control') }
}

describe('GET /api/health', () => {
  it('answers 200 with every committed migration applied and the database reachable', async () => {
    const { status, report, cacheControl } = await health()
    expect(status).toBe(200)
    expect(cacheControl).toBe('no-store')
    expect(report.ok).toBe(true)
    expect(report.database.reachable).toBe(true)
    expect(report.database.ms).toBeGreaterThanOrEqual(0)
    expect(report.migrations).toEqual({ committed: migrations.length, applied: migrations.length, pending: [] })
    expect(report.site).toEqual({ lastBuild: null, live: null, next: null })
  })

  it('answers 503 naming a migration the database has not run', async () => {
    const last = migrations.at(-1)!.name
    const { rows } = await sql(cms.databaseUrl, 'DELETE FROM payload_migrations WHERE name = $1 RETURNING name, batch', [last])
    try {
      const { status, report } = await health()
      expect(status).toBe(503)
      expect(report.ok).toBe(false)
      expect(report.database.reachable).toBe(true)
      expect(report.migrations).toEqual({ committed: migrations.length, applied: migrations.length - 1, pending: [last] })
    } finally {
      await sql(cms.databaseUrl, 'INSERT INTO payload_migrations (name, batch) VALUES ($1, $2)', [rows[0].name, rows[0].batch])
    }
    expect((await health()).status).toBe(200)
  })

  it('gives the age of the oldest due job per queue, leaving out jobs due later, done or failed for good', async () => {
    const queue = async (queueName: string, ageSeconds: number, extra = '') => {
      const job = await cms.payload.jobs.queue({ task: 'buildSite', queue: queueName, input: { build: 0 } })
      await sql(cms.databaseUrl, `UPDATE payload_jobs SET created_at = now() - make_interval(secs => $2)${extra} WHERE id = $1`, [job.id, ageSeconds])
    }
    await queue('site', 90)
    await queue('site', 20)
    await queue('mail', 5)
    await queue('site', 3600, `, wait_until = now() + interval '1 hour'`)
    await queue('site', 7200, ', completed_at = now()')
    await queue('site', 7200, ', has_error = true')
    // Due for 40 s although queued an hour ago: it waited for its time.
    await queue('other', 3600, `, wait_until = now() - interval '40 seconds'`)

    const { jobs } = (await health()).report
    expect(Object.keys(jobs!.queues).sort()).toEqual(['mail', 'other', 'site'])
    expect(jobs!.queues.site!.waiting).toBe(2)
    expect(jobs!.queues.site!.oldestSeconds).toBeGreaterThanOrEqual(90)
    expect(jobs!.queues.site!.oldestSeconds).toBeLessThan(100)
    expect(jobs!.queues.mail).toMatchObject({ waiting: 1 })
    expect(jobs!.queues.other!.oldestSeconds).toBeGreaterThanOrEqual(40)
    expect(jobs!.queues.other!.oldestSeconds).toBeLessThan(50)
    expect(jobs!.oldestSeconds).toBe(jobs!.queues.site!.oldestSeconds)
    await sql(cms.databaseUrl, 'DELETE FROM payload_jobs')
  })

  it('reports the last build, the live one and the one waiting, with no address, title or log line', async () => {
    const title = 'Sắp xếp đơn vị hành chính cấp xã năm 2025'
    const article = await cms.payload.create({ collection: 'articles', draft: true, data: { title, body: lexicalBody('Nội dung.'), reformAreas: [areaId], _status: 'draft' } })
    // Published by a person, so the build's reason names them and the article as the admin shows it.
    expect((await restAs(cms, chief).patch(`/api/articles/${article.id}`, { _status: 'published' })).status).toBe(200)
    const { docs } = await cms.payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } } })
    expect(docs).toHaveLength(1)
    const published = docs[0]!
    expect(published.triggers).toContain(chief.email)

    const waiting = (await health()).report.site!
    expect(waiting.lastBuild).toBeNull()
    expect(waiting.next).toMatchObject({ id: published.id, status: 'queued', changes: 1, reason: 'Xuất bản Tin bài', startedAt: null })

    const live = await cms.payload.create({
      collection: 'site-builds',
      data: {
        status: 'succeeded',
        triggers: 'Tiến trình dựng trang khởi động',
        startedAt: '2026-12-01T01:00:00.000Z',
        finishedAt: '2026-12-01T01:00:42.000Z',
        durationSeconds: 42,
        release: '/srv/site/release-2026-12-01T01-00-00-000Z-7',
      },
    })
    await cms.payload.update({
      collection: 'site-builds',
      id: published.id,
      data: { status: 'failed', startedAt: '2026-12-02T01:00:00.000Z', finishedAt: '2026-12-02T01:00:05.000Z', durationSeconds: 5, log: `Bản dựng lỗi: ${chief.email} ${title}` },
    })

    const { status, body, report } = await health()
    expect(status).toBe(200)
    expect(report.site!.lastBuild).toEqual({
      id: published.id,
      status: 'failed',
      reason: 'Xuất bản Tin bài',
      changes: 1,
      startedAt: '2026-12-02T01:00:00.000Z',
      finishedAt: '2026-12-02T01:00:05.000Z',
      durationSeconds: 5,
    })
    expect(report.site!.live).toEqual({
      id: live.id,
      status: 'succeeded',
      reason: 'Tiến trình dựng trang khởi động',
      changes: 1,
      startedAt: '2026-12-01T01:00:00.000Z',
      finishedAt: '2026-12-01T01:00:42.000Z',
      durationSeconds: 42,
      release: 'release-2026-12-01T01-00-00-000Z-7',
    })
    expect(report.site!.next).toBeNull()
    for (const secret of [chief.email, '@', title, 'Bản dựng lỗi', '/srv/site']) expect(body, secret).not.toContain(secret)
  })
})

describe('the database check', () => {
  it('gives up after its timeout on a server that accepts and never answers', async () => {
    const sockets: net.Socket[] = []
    const silent = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const pool = new pg.Pool({ connectionString: `postgres://nobody@127.0.0.1:${(silent.address() as net.AddressInfo).port}/none` })
    pool.on('error', () => {})
    try {
      const started = Date.now()
      const result = await checkDatabase(pool)
      expect(result.reachable).toBe(false)
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      sockets.forEach((socket) => socket.destroy())
      await new Promise((resolve) => silent.close(resolve))
      await pool.end().catch(() => {})
    }
  })
})

describe('a build reason for anyone to read', () => {
  it('keeps what was done to which kind of content, the builder’s own reasons whole, and nothing of another shape', () => {
    expect(publicBuildReason('08:05, 21/11/2026: a@b.vn: Gỡ xuất bản Tin bài “Tiêu đề: phụ”\n08:06, 21/11/2026: Hệ thống: Xóa Đơn vị “X”')).toBe('Gỡ xuất bản Tin bài')
    expect(publicBuildReason('08:05, 21/11/2026: Hệ thống: Xuất bản Văn bản “Kế hoạch 145/KH-UBND”')).toBe('Xuất bản Văn bản')
    expect(publicBuildReason('08:05, 21/11/2026: Bản in: 2 tệp mới cần liên kết')).toBe('Bản in: 2 tệp mới cần liên kết')
    expect(publicBuildReason('08:05, 21/11/2026: sent by a@b.vn')).toBeNull()
    expect(publicBuildReason('“Tiêu đề” đã đổi')).toBeNull()
    expect(publicBuildReason(null)).toBeNull()
  })
})
