import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveStatus } from '@reform/cms/liveStatus'
import { appendLink, lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { samplePng } from '../../cms/test/support/sampleImage'
import { createStaff, restAs, type StaffMember } from '../../cms/test/support/staff'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { oldLinkFile } from '@reform/shared'
import { freePort } from '../../scripts/src/process/ports'
import { serveStatic } from '../../scripts/src/serve/serveStatic'
import { publishSiteWithRenderer } from '../src/publishSite'
import { HEARTBEAT_FILE, runSiteBuilder, runSiteJobs } from '../src/jobLoop'
import { OLD_LINKS_DIR } from '../src/oldLinks/oldLinks'
import { LIVE, liveRelease } from '../src/releases/releases'

const SITE_URL = 'https://cchc.example.gov.vn'

let cms: TestCms
let port: number
let server: { close: () => Promise<void> }
let releasesDir: string
let cacheDir: string
let chief: StaffMember
let areaId: number
let quietUnitSlug: string
let publishSite: ReturnType<typeof publishSiteWithRenderer> | undefined

type Build = { id: number; status: string; triggers?: string | null; changes?: number | null; release?: string | null; log?: string | null }

const builds = async (status?: string): Promise<Build[]> =>
  (
    await cms.payload.find({
      collection: 'site-builds',
      where: status ? { status: { equals: status } } : {},
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs as Build[]

/** Builds but those that follow one to link the print files it made (builder/test/printFiles.test.ts). */
const publishBuilds = async (status?: string): Promise<Build[]> => (await builds(status)).filter((build) => !build.triggers?.includes('Bản in: '))

/** What the builder process does, step by step: runs due `site` jobs until no build is queued. */
const runQueuedBuilds = () => runSiteJobs(cms.payload, { pollMs: 200, done: async () => (await builds('queued')).length === 0 })

/** Runs the one build that is queued now, whatever it leaves queued after it. */
async function runNextBuild() {
  const [build] = await builds('queued')
  await runSiteJobs(cms.payload, {
    pollMs: 200,
    done: async () => (await cms.payload.findByID({ collection: 'site-builds', id: build!.id })).status !== 'queued',
  })
}

/** Pages in the live search index, from the entry file of each part Pagefind wrote. */
async function indexedPages(): Promise<number> {
  let pages = 0
  const { filled } = JSON.parse(await live('pagefind/shards.json')) as { filled: number[] }
  for (const shard of filled) {
    const entry = JSON.parse(await live(`pagefind/${shard}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> }
    pages += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
  }
  return pages
}

const live = (file: string) => readFile(path.join(releasesDir, LIVE, file), 'utf8')
const liveHas = (file: string) => existsSync(path.join(releasesDir, LIVE, file))

async function publish(title: string) {
  const response = await restAs(cms, chief).post('/api/articles', {
    title,
    body: lexicalBody('Nội dung bài viết.'),
    reformAreas: [areaId],
    _status: 'published',
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

/** Publishes an article whose body links to the article `target`. */
async function publishLinkingTo(title: string, target: number) {
  const response = await restAs(cms, chief).post('/api/articles', {
    title,
    body: appendLink(lexicalBody('Xem thêm:'), { linkType: 'internal', doc: { relationTo: 'articles', value: target }, newTab: false }, 'bài liên quan'),
    reformAreas: [areaId],
    _status: 'published',
  })
  return ((await response.json()) as { doc: { slug: string } }).doc
}

beforeAll(async () => {
  port = await freePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  releasesDir = await mkdtemp(path.join(tmpdir(), 'reform-releases-'))
  cacheDir = await mkdtemp(path.join(tmpdir(), 'reform-site-cache-'))
  publishSite = publishSiteWithRenderer({ cmsUrl, siteUrl: SITE_URL, releasesDir, cacheDir })
  cms = await startTestCms({ publicUrl: cmsUrl, publishSite })
  server = await serveRest(cms, port)
  chief = await createStaff(cms, 'editor-in-chief')
  areaId = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính', order: 1 } })).id
  // A unit no test article is tagged with: its page never changes.
  quietUnitSlug = (await cms.payload.create({ collection: 'units', data: { name: 'Xã Yên Bình', type: 'commune' } })).slug!
  await publish('Bài đầu tiên của cổng')
  await runQueuedBuilds()
})

afterAll(async () => {
  await server?.close()
  await publishSite?.stop()
  await cms?.stop()
  await Promise.all([releasesDir, cacheDir].map((dir) => dir && rm(dir, { recursive: true, force: true })))
})

describe('publishing pipeline', () => {
  it('publishing queues a build that puts the article on its page, the listings, the feed and then the search index', async () => {
    const before = await publishBuilds('succeeded')
    const indexedBefore = await indexedPages()
    const article = await publish('Phường Kim Mã trả kết quả thủ tục trong ngày')
    const queued = await builds('queued')
    expect(queued).toHaveLength(1)
    expect(queued[0]!.triggers).toContain(chief.email)
    expect(queued[0]!.triggers).toContain('Phường Kim Mã trả kết quả thủ tục trong ngày')
    expect((await liveStatus(cms.payload, 'articles', article.id)).state).toBe('pending')

    await runQueuedBuilds()
    const done = await publishBuilds('succeeded')
    expect(done).toHaveLength(before.length + 1)
    const build = done.at(-1)!
    // Its release went live; the one that linked the article's notice-board sheets followed it.
    expect((await builds('succeeded')).at(-1)!.release).toBe(path.basename((await liveRelease(releasesDir))!))
    expect(await live(`tin-tuc/${article.slug}/index.html`)).toContain('Phường Kim Mã trả kết quả thủ tục trong ngày')
    expect(await live('tin-tuc/index.html')).toContain(`/tin-tuc/${article.slug}/`)
    expect(await live('rss.xml')).toContain('Phường Kim Mã trả kết quả thủ tục trong ngày')
    expect((await liveStatus(cms.payload, 'articles', article.id)).state).toBe('live')
    // The release went live with the previous index; its own replaced it right after.
    expect(await indexedPages()).toBe(indexedBefore + 1)
    expect((await cms.payload.findByID({ collection: 'site-builds', id: build.id })).log).toMatch(/search index: \d+ pages \(part [\d, ]+ of \d+\), in place/)
  })

  it('after the first build, a publish renders only the pages it changes; every other file is the one of the previous release', async () => {
    const before = (await liveRelease(releasesDir))!
    const article = await publish('Huyện Mường Tè rút ngắn thời gian cấp phép')
    await runQueuedBuilds()
    const after = (await liveRelease(releasesDir))!
    expect(after).not.toBe(before)
    const log = (await publishBuilds('succeeded')).at(-1)!.log!
    const [, rendered, unchanged] = log.match(/(\d+) page\(s\) rendered, \d+ written, \d+ removed, (\d+) unchanged/)!
    expect(Number(rendered)).toBeGreaterThan(0)
    expect(Number(unchanged)).toBeGreaterThan(0)
    const inode = async (release: string, file: string) => (await stat(path.join(release, file))).ino
    // Not rendered again: the very same file (a hard link), so the old release stays as it was.
    const quietPage = `don-vi/${quietUnitSlug}/index.html`
    expect(await inode(after, quietPage)).toBe(await inode(before, quietPage))
    expect(await inode(after, 'tin-tuc/index.html')).not.toBe(await inode(before, 'tin-tuc/index.html'))
    expect(await readFile(path.join(before, 'tin-tuc/index.html'), 'utf8')).not.toContain(article.slug)
    expect(await live('tin-tuc/index.html')).toContain(`/tin-tuc/${article.slug}/`)
    // The sitemap follows the pages a moment later.
    await expect.poll(() => live('sitemap-0.xml'), { timeout: 10_000 }).toContain(`/tin-tuc/${article.slug}/`)
    expect(await readFile(path.join(before, 'sitemap-0.xml'), 'utf8')).not.toContain(`/tin-tuc/${article.slug}/`)
  })

  it('two quick publishes make one build', async () => {
    const before = (await publishBuilds()).length
    const first = await publish('Xã Tân Lập số hóa hồ sơ đất đai')
    const second = await publish('Phường Đông Hòa mở quầy một cửa lưu động')
    const queued = await builds('queued')
    expect(queued).toHaveLength(1)
    expect(queued[0]!.changes).toBe(2)

    await runQueuedBuilds()
    expect(await publishBuilds()).toHaveLength(before + 1)
    expect(liveHas(`tin-tuc/${first.slug}/index.html`)).toBe(true)
    expect(liveHas(`tin-tuc/${second.slug}/index.html`)).toBe(true)
  })

  it('a draft save queues nothing; unpublishing takes the article off its page, the listings, the feeds and search', async () => {
    const article = await publish('Bài sẽ bị gỡ khỏi cổng')
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(true)

    const draftSave = await restAs(cms, chief).patch(`/api/articles/${article.id}?draft=true`, { summary: 'Bản nháp sửa tóm tắt' })
    expect(draftSave.status).toBe(200)
    // Nor does a new image, until published content uses it.
    await cms.payload.create({ collection: 'media', data: { alt: 'Ảnh cho bản nháp' }, file: await samplePng(400, 300) })
    expect(await builds('queued')).toHaveLength(0)

    const indexedBefore = await indexedPages()
    const unpublish = await restAs(cms, chief).patch(`/api/articles/${article.id}`, { _status: 'draft' })
    expect(unpublish.status).toBe(200)
    expect(await builds('queued')).toHaveLength(1)
    await runQueuedBuilds()
    // Taken out of search before the release went live, not after.
    expect(await indexedPages()).toBe(indexedBefore - 1)
    expect((await builds()).at(-1)!.log).not.toContain('after going live')
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(false)
    expect(await live('tin-tuc/index.html')).not.toContain('Bài sẽ bị gỡ khỏi cổng')
    expect(await live('rss.xml')).not.toContain('Bài sẽ bị gỡ khỏi cổng')
    expect(await live('rss/linh-vuc/cai-cach-thu-tuc-hanh-chinh.xml')).not.toContain('Bài sẽ bị gỡ khỏi cổng')
    expect((await liveStatus(cms.payload, 'articles', article.id)).state).toBe('notPublic')
  })

  it('deleting a published article takes it off the site', async () => {
    const article = await publish('Bài sẽ bị xóa hẳn')
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(true)
    expect((await restAs(cms, chief).delete(`/api/articles/${article.id}`)).status).toBe(200)
    expect(await builds('queued')).toHaveLength(1)
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(false)
    // No empty folder left either: a web server answers 403 for a folder without its index.
    expect(liveHas(`tin-tuc/${article.slug}`)).toBe(false)
    expect(await live('rss.xml')).not.toContain('Bài sẽ bị xóa hẳn')
  })

  it('publishing several drafts at once from the list (draft flag with _status published) queues one build', async () => {
    const drafts = await Promise.all(
      ['Bản nháp xuất bản hàng loạt một', 'Bản nháp xuất bản hàng loạt hai'].map((title) =>
        cms.payload.create({ collection: 'articles', draft: true, data: { title, body: lexicalBody('x'), reformAreas: [areaId], _status: 'draft' } as never }),
      ),
    )
    expect(await builds('queued')).toHaveLength(0)
    const response = await restAs(cms, chief).patch(`/api/articles?where[id][in]=${drafts.map((draft) => draft.id).join(',')}&draft=true`, {
      _status: 'published',
    })
    expect(response.status).toBe(200)
    expect(await builds('queued')).toHaveLength(1)
    await runQueuedBuilds()
    for (const draft of drafts) expect(liveHas(`tin-tuc/${draft.slug}/index.html`)).toBe(true)
  })

  it('unpublishing an article that another one links to still builds; the link then leads nowhere', async () => {
    const target = await publish('Bài được bài khác dẫn tới')
    const source = await publishLinkingTo('Bài có liên kết nội bộ', target.id)
    await runQueuedBuilds()
    expect(await live(`tin-tuc/${source.slug}/index.html`)).toContain(`href="/tin-tuc/${target.slug}/"`)

    await restAs(cms, chief).patch(`/api/articles/${target.id}`, { _status: 'draft' })
    await runQueuedBuilds()
    expect((await builds()).at(-1)!.status).toBe('succeeded')
    expect(liveHas(`tin-tuc/${target.slug}/index.html`)).toBe(false)
    expect(await live(`tin-tuc/${source.slug}/index.html`)).not.toContain(`/tin-tuc/${target.slug}/`)
  })

  it('a document that became invalid (its only area gone under the CMS) is withheld: the rest goes live, the build is marked with errors, links to it are dropped, publishers are told', async () => {
    const invalid = await publish('Bài mất lĩnh vực duy nhất')
    const source = await publishLinkingTo('Bài dẫn tới bài mất lĩnh vực', invalid.id)
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${invalid.slug}/index.html`)).toBe(true)

    // What a cascade or a hand edit in the database does: the CMS's own checks never see it.
    const pool = (cms.payload.db as unknown as { pool: { query: (text: string, values: unknown[]) => Promise<unknown> } }).pool
    await pool.query(`delete from articles_rels where parent_id = $1 and path = 'reformAreas'`, [invalid.id])
    await pool.query(`update articles set updated_at = now() where id = $1`, [invalid.id])
    const unrelated = await publish('Bài không liên quan vẫn lên trang')
    await runQueuedBuilds()

    // The publish's build, and the one that may follow it to link print files: both marked.
    const marked = (await cms.payload.find({ collection: 'site-builds', where: { hasErrors: { equals: true } }, sort: 'id', depth: 0, pagination: false })).docs
    const build = marked[0]!
    expect(build.status).toBe('succeeded')
    expect(build.withheld).toEqual([
      { collection: 'articles', id: String(invalid.id), title: 'Bài mất lĩnh vực duy nhất', problems: [{ path: 'reformAreas', message: 'Cần chọn ít nhất 1 mục.' }] },
    ])
    expect(build.log).toContain('Bỏ ra khỏi trang vì không hợp lệ: articles')
    expect(liveHas(`tin-tuc/${unrelated.slug}/index.html`)).toBe(true)
    expect(liveHas(`tin-tuc/${invalid.slug}/index.html`)).toBe(false)
    expect(await live(`tin-tuc/${source.slug}/index.html`)).not.toContain(`/tin-tuc/${invalid.slug}/`)
    const mails = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'mailNotice' } }, depth: 0, pagination: false })
    // One mail, not one per build that still leaves the same document out.
    expect(mails.docs.map((job) => job.input)).toEqual([expect.objectContaining({ notice: 'site-build-withheld', siteBuild: build.id })])

    // Fixed in the CMS: back on the site, and the next build has no errors.
    await cms.payload.update({ collection: 'articles', id: invalid.id, data: { reformAreas: [areaId] } })
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${invalid.slug}/index.html`)).toBe(true)
    expect((await cms.payload.find({ collection: 'site-builds', where: { status: { equals: 'succeeded' } }, sort: '-id', limit: 1, depth: 0 })).docs[0]!.hasErrors).toBe(false)
  })

  it('renaming a reform area re-renders the unchanged articles that show it (incremental build keys)', async () => {
    const article = await publish('Bài giữ nguyên nhưng lĩnh vực đổi tên')
    await runQueuedBuilds()
    expect(await live(`tin-tuc/${article.slug}/index.html`)).toContain('Cải cách thủ tục hành chính')
    await cms.payload.update({ collection: 'reform-areas', id: areaId, data: { name: 'Cải cách thủ tục hành chính và số hóa' } })
    await runQueuedBuilds()
    expect(await live(`tin-tuc/${article.slug}/index.html`)).toContain('Cải cách thủ tục hành chính và số hóa')
    await cms.payload.update({ collection: 'reform-areas', id: areaId, data: { name: 'Cải cách thủ tục hành chính' } })
    await runQueuedBuilds()
  })

  it('a restarted builder takes the pages nothing changed from the live release and renders the rest', async () => {
    const withdrawn = await publish('Bài gỡ xuống khi trình dựng trang đang tắt')
    await runQueuedBuilds()
    const before = (await liveRelease(releasesDir))!
    await publishSite!.stop()
    // Changed while no renderer runs: the new one must find both changes.
    await cms.payload.delete({ collection: 'articles', id: withdrawn.id })
    const article = await publish('Bài đăng khi trình dựng trang đang tắt')
    await runQueuedBuilds()
    const after = (await liveRelease(releasesDir))!
    const log = (await publishBuilds('succeeded')).at(-1)!.log!
    const [, rendered, taken] = log.match(/(\d+) page\(s\) rendered, (\d+) taken unchanged from /)!
    expect(Number(rendered)).toBeGreaterThan(0)
    expect(Number(taken)).toBeGreaterThan(0)
    expect(await live(`tin-tuc/${article.slug}/index.html`)).toContain('Bài đăng khi trình dựng trang đang tắt')
    expect(liveHas(`tin-tuc/${withdrawn.slug}/index.html`)).toBe(false)
    expect(await live('rss.xml')).not.toContain('Bài gỡ xuống khi trình dựng trang đang tắt')
    const inode = async (release: string, file: string) => (await stat(path.join(release, file))).ino
    expect(await inode(after, `don-vi/${quietUnitSlug}/index.html`)).toBe(await inode(before, `don-vi/${quietUnitSlug}/index.html`))
    expect(await inode(after, 'tin-tuc/index.html')).not.toBe(await inode(before, 'tin-tuc/index.html'))
  })

  it('a failed build leaves the previous site live and untouched, records why, and is retried once a little later', async () => {
    const liveBefore = await liveRelease(releasesDir)
    const homeBefore = await live('index.html')
    const article = await publish('Bài không lên được vì CMS mất kết nối')
    await server.close()
    try {
      await runNextBuild()
    } finally {
      server = await serveRest(cms, port)
    }
    const failed = (await builds('failed')).at(-1)!
    expect(failed.log).toContain('Cannot reach the CMS')
    expect(await liveRelease(releasesDir)).toBe(liveBefore)
    expect(await live('index.html')).toBe(homeBefore)
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(false)
    expect((await liveStatus(cms.payload, 'articles', article.id)).state).toBe('pending')

    // The CMS is back: the retry (due 30 s later; brought forward here) publishes the article.
    const [retry] = await builds('queued')
    expect(retry!.triggers).toContain(`Thử lại sau bản dựng lỗi #${failed.id}`)
    await cms.payload.db.updateMany({ collection: 'payload-jobs', where: { queue: { equals: 'site' } }, data: { waitUntil: new Date().toISOString() } })
    await runQueuedBuilds()
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(true)
    expect((await liveStatus(cms.payload, 'articles', article.id)).state).toBe('live')
  })

  it('a publish rolled back (a CMS killed mid-publish) queues no build; a builder killed mid-build is resumed; a second builder is refused', async () => {
    const req = await createLocalReq({}, cms.payload)
    await initTransaction(req)
    await cms.payload.create({
      collection: 'articles',
      data: { title: 'Bài chưa kịp lưu', body: lexicalBody('x'), reformAreas: [areaId], _status: 'published' },
      req,
    })
    await killTransaction(req)
    expect(await builds('queued')).toHaveLength(0)
    expect(await cms.payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'site' } } })).toEqual({ totalDocs: 0 })

    // An article an import brought in, published: the builder writes its old address's redirect.
    const imported = await cms.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài nhập từ cổng cũ',
        body: lexicalBody('x'),
        reformAreas: [areaId],
        importSource: { system: 'wordpress', site: 'https://cu.example.gov.vn', itemId: '42', url: 'https://cu.example.gov.vn/2019/05/bai-cu/' },
        _status: 'published',
      },
    })
    // What a builder killed during a build leaves behind: the build "running", its job taken.
    const article = await publish('Bài được dựng lại sau sự cố')
    const [interrupted] = await builds('queued')
    await cms.payload.update({ collection: 'site-builds', id: interrupted!.id, data: { status: 'running' } })
    await cms.payload.db.updateMany({ collection: 'payload-jobs', where: { queue: { equals: 'site' } }, data: { processing: true } })

    let stopped = false
    const builder = runSiteBuilder({ payload: cms.payload, releasesDir, stopped: () => stopped, log: () => {}, pollMs: 100 })
    try {
      // Running, and so holding the lock, once it has beaten; it must not have failed before.
      const beating = async () => {
        while (!existsSync(path.join(releasesDir, HEARTBEAT_FILE))) await sleep(50)
        return 'beating'
      }
      expect(
        await Promise.race([
          builder.then(
            () => 'stopped',
            () => 'failed',
          ),
          beating(),
        ]),
      ).toBe('beating')
      // Told to stop at once: if the lock failed to refuse it, it would end without an error.
      const second = runSiteBuilder({ payload: cms.payload, releasesDir, stopped: () => true, log: () => {} })
      await expect(second).rejects.toThrow('Another site builder is running')
      const deadline = Date.now() + 90_000
      while (!liveHas(`tin-tuc/${article.slug}/index.html`) && Date.now() < deadline) await sleep(250)
    } finally {
      stopped = true
      await builder
    }
    expect(liveHas(`tin-tuc/${article.slug}/index.html`)).toBe(true)
    const oldPaths = await readFile(path.join(releasesDir, 'old-links', 'old-paths.map'), 'utf8')
    expect(oldPaths).toContain(`"/2019/05/bai-cu/" "/tin-tuc/${imported.slug}/";`)
    expect(oldPaths).toContain(`"/2019/05/bai-cu" "/tin-tuc/${imported.slug}/";`)
    expect(await readFile(path.join(releasesDir, 'old-links', 'old-requests.map'), 'utf8')).toContain(`"/?p=42" "/tin-tuc/${imported.slug}/";`)
    // Every release with its new page carries its old ones, made by the same build: a redirect page per old path, the ?p= in a query table.
    const releases = (await readdir(releasesDir)).filter((name) => name.startsWith('release-'))
    const withImported = releases.filter((name) => existsSync(path.join(releasesDir, name, 'tin-tuc', imported.slug!, 'index.html')))
    expect(withImported.length).toBeGreaterThan(0)
    for (const name of withImported) expect(existsSync(path.join(releasesDir, name, '2019/05/bai-cu/index.html')), name).toBe(true)
    expect(await live('2019/05/bai-cu/index.html')).toContain(`<meta http-equiv="refresh" content="0; url=/tin-tuc/${imported.slug}/">`)
    expect(await live('2019/05/bai-cu/index.html')).toContain(`<link rel="canonical" href="${SITE_URL}/tin-tuc/${imported.slug}/">`)
    expect(JSON.parse(await live(oldLinkFile('/?p=42').slice(1)))).toMatchObject({ '/?p=42': `/tin-tuc/${imported.slug}/` })
    await expect.poll(() => live('sitemap-0.xml'), { timeout: 10_000 }).toContain(`/tin-tuc/${imported.slug}/`)
    expect(await live('sitemap-0.xml')).not.toContain('bai-cu')

    // The local server of `npm start` answers old addresses with a 301 from the maps, as nginx does.
    const site = await serveStatic(path.join(releasesDir, LIVE), await freePort(), '127.0.0.1', { oldLinksDir: path.join(releasesDir, OLD_LINKS_DIR) })
    try {
      for (const old of ['/2019/05/bai-cu/', '/2019/05/bai-cu', '/?p=42', '/index.php?page_id=42']) {
        const response = await fetch(site.url + old, { redirect: 'manual' })
        expect({ old, status: response.status, location: response.headers.get('location') }).toEqual({ old, status: 301, location: `/tin-tuc/${imported.slug}/` })
      }
      expect((await fetch(`${site.url}/tin-tuc/${imported.slug}/`)).status).toBe(200)
      expect((await fetch(`${site.url}/2019/05/khong-co/`, { redirect: 'manual' })).status).toBe(404)
      expect((await fetch(`${site.url}/?p=999`, { redirect: 'manual' })).status).toBe(200)
    } finally {
      await site.close()
    }
    const record = await cms.payload.findByID({ collection: 'site-builds', id: interrupted!.id })
    expect(record.status).toBe('failed')
    expect(record.log).toContain('gián đoạn')
    // Re-run because it was interrupted (not only because every builder builds once at start).
    expect((await builds('succeeded')).some((build) => build.triggers?.includes(`bản dựng #${interrupted!.id} bị gián đoạn`))).toBe(true)
    expect(await cms.payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } } })).toEqual({ totalDocs: 0 })
  })
})
