import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { createStaff, restAs, type StaffMember } from '../../cms/test/support/staff'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { freePort } from '../../scripts/src/process/ports'
import { publishSiteWithRenderer } from '../src/publishSite'
import { runSiteJobs } from '../src/jobLoop'
import { LIVE, liveRelease } from '../src/releases/releases'

const SITE_URL = 'https://cchc.example.gov.vn'
const run = promisify(execFile)

let cms: TestCms
let server: { close: () => Promise<void> }
let cmsUrl: string
let releasesDir: string
let cacheDir: string
let chief: StaffMember
let areaId: number
let province: { id: number; slug: string }
let commune: { id: number; slug: string }
let publishSite: ReturnType<typeof publishSiteWithRenderer> | undefined

type Build = { id: number; status: string; triggers?: string | null; log?: string | null; release?: string | null }

const builds = async (): Promise<Build[]> => (await cms.payload.find({ collection: 'site-builds', sort: 'createdAt', pagination: false, depth: 0 })).docs as Build[]

/** What the builder process does: runs `site` jobs until none is queued (follow-up print builds included). */
const runQueuedBuilds = () =>
  runSiteJobs(cms.payload, { pollMs: 200, done: async () => (await builds()).every((build) => build.status !== 'queued' && build.status !== 'running') })

const livePath = (file: string) => path.join(releasesDir, LIVE, file)
const live = (file: string) => readFile(livePath(file), 'utf8')
const liveHas = (file: string) => existsSync(livePath(file))
const inode = async (file: string) => (await stat(livePath(file))).ino
const pdfText = async (file: string) => (await run('pdftotext', ['-enc', 'UTF-8', livePath(file), '-'])).stdout

async function publish(title: string, extra: Record<string, unknown> = {}) {
  const response = await restAs(cms, chief).post('/api/articles', {
    title,
    summary: `Tóm tắt: ${title}.`,
    body: lexicalBody('Người dân được hướng dẫn nộp hồ sơ trực tuyến.'),
    reformAreas: [areaId],
    _status: 'published',
    ...extra,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

const sheet = (slug: string, paper: 'a4' | 'a3') => `tin-tuc/${slug}/bang-tin-${paper}.pdf`

beforeAll(async () => {
  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  releasesDir = await mkdtemp(path.join(tmpdir(), 'reform-print-releases-'))
  cacheDir = await mkdtemp(path.join(tmpdir(), 'reform-print-cache-'))
  publishSite = publishSiteWithRenderer({ cmsUrl, siteUrl: SITE_URL, releasesDir, cacheDir })
  cms = await startTestCms({ publicUrl: cmsUrl, publishSite: (log) => publishSite!(log) })
  server = await serveRest(cms, port)
  chief = await createStaff(cms, 'editor-in-chief')
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính', order: 1 } })).id
  const created = await cms.payload.create({ collection: 'units', data: { name: 'Tỉnh Bắc Ninh', type: 'province' } })
  province = { id: created.id, slug: created.slug! }
  const below = await cms.payload.create({ collection: 'units', data: { name: 'Xã Lục Ngạn', type: 'commune', parent: province.id } })
  commune = { id: below.id, slug: below.slug! }
  await publish('Bài đầu tiên của cổng')
  await runQueuedBuilds()
})

afterAll(async () => {
  await server?.close()
  await publishSite?.stop()
  await cms?.stop()
  await Promise.all([releasesDir, cacheDir].map((dir) => dir && rm(dir, { recursive: true, force: true })))
})

describe('print files made by the build', () => {
  let article: { id: number; slug: string }
  let other: { id: number; slug: string }

  it('a publish puts the page live first; its sheets follow in place, then a build links them', async () => {
    const before = (await builds()).length
    article = await publish('Tỉnh đẩy mạnh cải cách thủ tục hành chính ở cơ sở', { units: [province.id], forGrassroots: true })
    other = await publish('Phường Kim Mã trả kết quả trong ngày')
    await runQueuedBuilds()
    const made = (await builds()).slice(before)
    // The publish's build, then one that links the sheets it made after going live.
    expect(made.map((build) => build.status)).toEqual(['succeeded', 'succeeded'])
    expect(made[0]!.log).toMatch(/Bản in sẵn sàng \(\d+ tệp/)
    expect(made[1]!.triggers).toContain('Bản in:')
    const firstRelease = path.join(releasesDir, made[0]!.release!)
    expect(await readFile(path.join(firstRelease, 'tin-tuc', article.slug, 'index.html'), 'utf8')).not.toContain('bang-tin-a4.pdf')

    for (const paper of ['a4', 'a3'] as const) {
      expect(liveHas(sheet(article.slug, paper))).toBe(true)
      expect((await pdfText(sheet(article.slug, paper))).replace(/\s+/g, ' ')).toContain('Tỉnh đẩy mạnh cải cách thủ tục hành chính ở cơ sở')
    }
    const page = await live(`tin-tuc/${article.slug}/index.html`)
    expect(page).toContain('In bảng tin')
    expect(page).toContain(`/${sheet(article.slug, 'a4')}`)
    expect(page).toContain(`/${sheet(article.slug, 'a3')}`)
    // Nothing left to print: the second build made no more builds.
    expect((await builds()).at(-1)!.status).toBe('succeeded')
  })

  it('a good practice gets its sheets too, its results as the key points, linked from its page', async () => {
    const response = await restAs(cms, chief).post('/api/practices', {
      title: 'Mô hình một cửa lưu động ở xã vùng cao',
      kind: 'good-practice',
      unit: commune.id,
      summary: 'Cán bộ mang thủ tục đến tận thôn bản.',
      results: [{ outcome: 'Giảm một nửa thời gian đi lại của người dân' }],
      _status: 'published',
    })
    expect(response.status).toBe(201)
    const { slug } = ((await response.json()) as { doc: { slug: string } }).doc
    await runQueuedBuilds()
    const text = (await pdfText(`mo-hinh-hay/${slug}/bang-tin-a4.pdf`)).replace(/\s+/g, ' ')
    expect(text).toContain('Mô hình một cửa lưu động ở xã vùng cao')
    expect(text).toContain('Giảm một nửa thời gian đi lại của người dân')
    expect(liveHas(`mo-hinh-hay/${slug}/bang-tin-a3.pdf`)).toBe(true)
    expect(await live(`mo-hinh-hay/${slug}/index.html`)).toContain(`/mo-hinh-hay/${slug}/bang-tin-a4.pdf`)
  })

  it('the unit and the commune under it (a grassroots article) get a weekly sheet, linked from their pages', async () => {
    for (const unit of [province, commune]) {
      expect(liveHas(`don-vi/${unit.slug}/bang-tin-tuan-a4.pdf`)).toBe(true)
      expect(await live(`don-vi/${unit.slug}/index.html`)).toContain(`/don-vi/${unit.slug}/bang-tin-tuan-a4.pdf`)
      expect((await pdfText(`don-vi/${unit.slug}/bang-tin-tuan-a4.pdf`)).replace(/\s+/g, ' ')).toContain('Tỉnh đẩy mạnh cải cách thủ tục')
    }
  })

  it("editing an article's title makes its sheets again; an unrelated article's sheets are left as they were", async () => {
    const otherSheet = await inode(sheet(other.slug, 'a4'))
    const ownSheet = await inode(sheet(article.slug, 'a4'))
    const response = await restAs(cms, chief).patch(`/api/articles/${article.id}`, { title: 'Tỉnh Bắc Ninh rút ngắn thời gian giải quyết hồ sơ' })
    expect(response.status).toBe(200)
    await runQueuedBuilds()
    expect(await inode(sheet(article.slug, 'a4'))).not.toBe(ownSheet)
    expect((await pdfText(sheet(article.slug, 'a4'))).replace(/\s+/g, ' ')).toContain('Tỉnh Bắc Ninh rút ngắn thời gian giải quyết hồ sơ')
    // The very same file (a hard link from release to release): never made again.
    expect(await inode(sheet(other.slug, 'a4'))).toBe(otherSheet)
  })

  it('a bulletin issue gets a PDF with its articles, linked from its page and its feed item', async () => {
    const response = await restAs(cms, chief).post('/api/bulletins', {
      title: 'Bản tin tháng mười hai',
      issueDate: '2026-12-03T01:00:00.000Z',
      sections: [{ heading: 'Tin nổi bật', articles: [article.id, other.id] }],
      _status: 'published',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { number: number; year: number } }
    await runQueuedBuilds()
    const pdf = `ban-tin/${doc.year}/so-${doc.number}/ban-tin-so-${doc.number}-${doc.year}.pdf`
    expect(liveHas(pdf)).toBe(true)
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
    expect(text).toContain('Tỉnh Bắc Ninh rút ngắn thời gian giải quyết hồ sơ')
    expect(text).toContain('Phường Kim Mã trả kết quả trong ngày')
    expect(await live(`ban-tin/${doc.year}/so-${doc.number}/index.html`)).toContain(`/${pdf}`)
    expect(await live('rss/ban-tin.xml')).toContain(`${SITE_URL}/${pdf}`)
  })

  it('a restarted builder takes every print file from the live release and makes none again', async () => {
    const sheetBefore = await inode(sheet(article.slug, 'a4'))
    await publishSite!.stop()
    publishSite = publishSiteWithRenderer({ cmsUrl, siteUrl: SITE_URL, releasesDir, cacheDir })
    const before = (await builds()).length
    const previous = await liveRelease(releasesDir)
    await publish('Bài sau khi khởi động lại')
    await runQueuedBuilds()
    const made = (await builds()).slice(before)
    expect(await liveRelease(releasesDir)).not.toBe(previous)
    expect(await inode(sheet(article.slug, 'a4'))).toBe(sheetBefore)
    // Only the new article's two sheets (and the weekly sheets it changes) are made.
    const printed = made.map((build) => build.log?.match(/Bản in sẵn sàng \((\d+) tệp/)?.[1]).filter(Boolean)
    expect(printed).toHaveLength(1)
    expect(Number(printed[0])).toBeLessThanOrEqual(2)
  })

  it('a print file that cannot be made is reported on the build and never linked; the pages go live without it', async () => {
    await publishSite!.stop()
    const failingReleases = await mkdtemp(path.join(tmpdir(), 'reform-print-failing-'))
    const failingCache = await mkdtemp(path.join(tmpdir(), 'reform-print-failing-cache-'))
    // A portal name no sheet can hold: every sheet fails to fit one page.
    const env = { ...process.env, SITE_NAME: 'Cổng thông tin điện tử cải cách hành chính '.repeat(120) }
    publishSite = publishSiteWithRenderer({ cmsUrl, siteUrl: SITE_URL, releasesDir: failingReleases, cacheDir: failingCache, env })
    try {
      const before = (await builds()).length
      const failing = await publish('Bài có bảng tin không in được')
      await runQueuedBuilds()
      const ran = (await builds()).slice(before)
      expect(ran.every((build) => build.status === 'succeeded')).toBe(true)
      expect(ran.map((build) => build.log).join('\n')).toContain(`Bản in lỗi, trang vẫn lên mạng nhưng không có liên kết tới tệp: ${sheet(failing.slug, 'a4')}`)
      const release = path.join(failingReleases, LIVE)
      expect(await readFile(path.join(release, 'tin-tuc', failing.slug, 'index.html'), 'utf8')).not.toContain('bang-tin-a4.pdf')
      expect(existsSync(path.join(release, sheet(failing.slug, 'a4')))).toBe(false)
    } finally {
      await publishSite!.stop()
      publishSite = publishSiteWithRenderer({ cmsUrl, siteUrl: SITE_URL, releasesDir, cacheDir })
      await Promise.all([failingReleases, failingCache].map((dir) => rm(dir, { recursive: true, force: true })))
    }
  })

  it('unpublishing takes the sheets down with the page', async () => {
    expect((await restAs(cms, chief).patch(`/api/articles/${other.id}`, { _status: 'draft' })).status).toBe(200)
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${other.slug}/index.html`)).toBe(false)
    expect(liveHas(sheet(other.slug, 'a4'))).toBe(false)
    expect(liveHas(`tin-tuc/${other.slug}`)).toBe(false)
  })
})
