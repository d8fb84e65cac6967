import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicPaths } from '@reform/shared'
import { samplePdf } from '../../cms/test/support/sampleFiles'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { xlsxFile } from '../../cms/test/support/xlsxFile'
import { repoRoot } from '../src/config'
import { MISSING_ALT } from '../src/import/applyItem'
import { writeRedirects } from '@reform/builder/oldLinks'
import { freePort } from '../src/process/ports'
import { serveStatic } from '../src/serve/serveStatic'
import { startDeployNginx } from './support/deployNginx'
import { runImport, type ImportOptions } from '../src/import/runImport'
import { category, meta, nfd, OLD, post, wxr, wxrItem } from './support/wxrFixture'

// Fixtures are made here, shaped like what old Vietnamese portals export: a WordPress WXR with
// odd markup, RSS and Atom feeds, a documents sheet with bad rows.

let cms: TestCms
let dir: string
let server: http.Server
let imageHost: string
let areaSlug: string

const ODD_BODY = `Sáng 12/5, ${nfd('Ủy ban nhân dân tỉnh')} tổ chức hội nghị.

[caption id="attachment_10" align="aligncenter" width="300"]<img src="${OLD}/wp-content/uploads/2019/05/hoi-nghi-300x200.jpg" alt="" width="300" height="200" /> Quang cảnh hội nghị[/caption]
<script>alert('x')</script><p onclick="steal()">Đoạn <strong>đậm</strong> và <a href="javascript:alert(1)">liên kết</a>.</p>
<table><tr><td>Ô ngoài<table><tr><td>Ô lồng bên trong</td></tr></table></td><td>Ô hai</td></tr></table>
[gallery ids="1,2"]`

const WXR_POSTS = [
  wxrItem(`<title><![CDATA[hoi-nghi]]></title><wp:post_id>10</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:status><![CDATA[inherit]]></wp:status>
<wp:attachment_url>${OLD}/wp-content/uploads/2019/05/hoi-nghi.jpg</wp:attachment_url>${meta('_wp_attached_file', '2019/05/hoi-nghi.jpg')}${meta('_wp_attachment_image_alt', 'Hội nghị triển khai')}`),
  post(101, {
    title: nfd('Hội nghị triển khai cải cách hành chính năm 2019'),
    body: ODD_BODY,
    extra: `${category('cai-cach-tthc', 'Cải cách thủ tục hành chính')}${meta('_thumbnail_id', '10')}`,
  }),
  post(102, { title: '', extra: category('cai-cach-tthc', 'x') }),
  post(103, { date: '0000-00-00 00:00:00', extra: category('cai-cach-tthc', 'x') }),
  post(104, {
    title: 'Tiếp nhận hồ sơ trực tuyến',
    body: `<p>Ảnh không còn: <img src="${OLD}/wp-content/uploads/2018/01/mat.jpg"></p>`,
    extra: `${category('cai-cach-tthc', 'x')}${category('chuyen-muc-moi', 'Chuyên mục mới')}`,
  }),
  post(105, { title: 'Chỉ có chuyên mục không ánh xạ', extra: category('tin-hoat-dong', 'Tin hoạt động') }),
  post(106, { title: 'Bản nháp ở cổng cũ', status: 'draft', extra: category('cai-cach-tthc', 'x') }),
  post(200, { title: 'Giới thiệu', type: 'page', link: `${OLD}/gioi-thieu/` }),
  // Broken XML in one item: it alone is refused.
  `<item><title>Bài hỏng</title><wp:post_id>107<wp:post_id><wp:post_type>post</wp:post_type></item>`,
]

const count = async (collection: 'articles' | 'media' | 'documents' | 'document-files') => (await cms.payload.count({ collection })).totalDocs

/** Runs one import and returns what it printed. */
async function run(options: Omit<ImportOptions, 'stateDir' | 'log'> & { stateDir?: string }) {
  const lines: string[] = []
  const summary = await runImport(cms.payload, {
    stateDir: path.join(dir, 'state'),
    ...options,
    log: (line) => lines.push(line),
    out: { write: (line: string) => lines.push(line), isTTY: false } as never,
  })
  return { summary, output: lines.join('\n') }
}

beforeAll(async () => {
  cms = await startTestCms()
  dir = await mkdtemp(path.join(tmpdir(), 'reform-import-'))
  areaSlug = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính', order: 1 } })).slug!
  await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thể chế', order: 2 } })
  await cms.payload.create({ collection: 'units', data: { name: 'Sở Nội vụ', type: 'department' } })
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .toBuffer()
  await mkdir(path.join(dir, 'uploads/2019/05'), { recursive: true })
  await writeFile(path.join(dir, 'uploads/2019/05/hoi-nghi.jpg'), jpeg)
  await writeFile(path.join(dir, 'export.xml'), wxr(WXR_POSTS))
  // The feeds' images come from a web server; one is missing there.
  server = http.createServer((req, res) => {
    if (req.url === '/anh.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  imageHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve))
  await cms?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('importing a WordPress export', () => {
  const input = () => path.join(dir, 'export.xml')

  it('dry run: says per item what it would do and why, writes the mapping file and nothing else', async () => {
    const { summary, output } = await run({ kind: 'wordpress', input: input(), uploads: path.join(dir, 'uploads') })
    expect(output).toContain(`Wrote the mapping file ${input()}.mapping.json`)
    expect(output).toMatch(/create +post 101 “Hội nghị triển khai cải cách hành chính năm 2019”/)
    expect(output).toMatch(/error +post 102 “\(no title\)”: no title/)
    expect(output).toMatch(/error +post 103 “Bài 103”: no date/)
    expect(output).toMatch(/create +post 104 “Tiếp nhận hồ sơ trực tuyến”\n/)
    expect(output).toContain('! unknown category “Chuyên mục mới” (chuyen-muc-moi): not in')
    expect(output).toContain(`image missing: ${OLD}/wp-content/uploads/2018/01/mat.jpg`)
    expect(output).toMatch(/error +post 105 “Chỉ có chuyên mục không ánh xạ”: no reform area/)
    expect(output).toMatch(/skip +post 106 “Bản nháp ở cổng cũ”: WordPress status "draft"/)
    expect(output).toMatch(/skip +page 200 “Giới thiệu”: a page \(--pages imports pages as articles\)/)
    expect(output).toMatch(/error +item at line \d+: malformed XML at line \d+/)
    expect(output).toContain('WordPress shortcodes removed: gallery')
    expect(summary).toMatchObject({ create: 2, error: 4, skip: 2 })
    // The mapping's starting point: the category named like an area points at it, the other at nothing.
    const mapping = JSON.parse(await readFile(`${input()}.mapping.json`, 'utf8'))
    expect(mapping.categories['cai-cach-tthc']).toMatchObject({ reformAreas: [areaSlug], units: [] })
    expect(mapping.categories['tin-hoat-dong']).toMatchObject({ reformAreas: [] })
    expect(await count('articles')).toBe(0)
    expect(await count('media')).toBe(0)
  })

  it('--apply: drafts through every hook (NFC, sanitised body, slug), images with their alt text, the rest reported', async () => {
    const { summary, output } = await run({ kind: 'wordpress', input: input(), uploads: path.join(dir, 'uploads'), apply: true })
    expect(summary, output).toMatchObject({ create: 2, error: 4, skip: 2, failed: 0 })
    expect(output).toMatch(/created +post 101/)
    const { docs } = await cms.payload.find({ collection: 'articles', draft: true, sort: 'importSource.itemId', depth: 1 })
    expect(docs).toHaveLength(2)
    const [first, second] = docs as Array<Record<string, any>>
    expect(first!.title).toBe('Hội nghị triển khai cải cách hành chính năm 2019')
    expect(first!.slug).toBe('hoi-nghi-trien-khai-cai-cach-hanh-chinh-nam-2019')
    expect(first!._status).toBe('draft')
    expect(first!.publishedAt).toBe('2019-05-12T03:00:00.000Z')
    expect(first!.authorName).toBe('Ban Biên tập')
    expect(first!.importSource).toMatchObject({ system: 'wordpress', site: OLD, itemId: '101', url: `${OLD}/2019/05/12/bai-101/` })
    const html: string = first!.bodyHtml
    expect(html).toContain('Ủy ban nhân dân tỉnh')
    expect(html).not.toMatch(/script|onclick|javascript:|\[gallery/)
    expect(html).toContain('Ô lồng bên trong')
    expect(html).toMatch(/<figure><img src="http:\/\/cms\.test\/api\/media\/file\/hoi-nghi-[0-9a-f]{8}\.webp" alt="Hội nghị triển khai"/)
    // The featured image and the body's resized copy are one image, the original.
    expect(first!.heroImage).toMatchObject({ alt: 'Hội nghị triển khai', width: 900 })
    expect(await count('media')).toBe(1)
    expect(second!.title).toBe('Tiếp nhận hồ sơ trực tuyến')
    expect(second!.bodyHtml).not.toContain('<img')
  })

  it('running again changes nothing; a changed post is updated in place, its address kept', async () => {
    const again = await run({ kind: 'wordpress', input: input(), uploads: path.join(dir, 'uploads'), apply: true })
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 })
    expect(await count('articles')).toBe(2)
    expect(await count('media')).toBe(1)
    await writeFile(input(), wxr(WXR_POSTS.map((item) => item.replace('Tiếp nhận hồ sơ trực tuyến', 'Tiếp nhận hồ sơ trực tuyến mức độ 4'))))
    const changed = await run({ kind: 'wordpress', input: input(), uploads: path.join(dir, 'uploads'), apply: true })
    expect(changed.summary).toMatchObject({ create: 0, update: 1, unchanged: 1 })
    const { docs } = await cms.payload.find({ collection: 'articles', draft: true, where: { 'importSource.itemId': { equals: '104' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ title: 'Tiếp nhận hồ sơ trực tuyến mức độ 4', slug: 'tiep-nhan-ho-so-truc-tuyen' })
    expect(await count('articles')).toBe(2)
  })

  it('--publish publishes them, and the old addresses (path and ?p=) lead to the new pages', async () => {
    const published = await run({ kind: 'wordpress', input: input(), uploads: path.join(dir, 'uploads'), apply: true, publish: true })
    expect(published.summary, published.output).toMatchObject({ update: 2, failed: 0 })
    // Laid out as the site volume: the importer writes old-links/ beside the builder's live/ release.
    const out = path.join(dir, 'site', 'old-links')
    expect(await writeRedirects(cms.payload, out)).toMatchObject({ written: true })
    // The builder calls it after every build: the same redirects are not written again.
    expect(await writeRedirects(cms.payload, out)).toMatchObject({ written: false })
    const pathsMap = await readFile(path.join(out, 'old-paths.map'), 'utf8')
    const requestsMap = await readFile(path.join(out, 'old-requests.map'), 'utf8')
    const entries = [...`${pathsMap}\n${requestsMap}`.matchAll(/^"([^"]+)" "([^"]+)";$/gm)].map(([, from, to]) => [from!, to!] as const)
    expect(entries).toContainEqual(['/2019/05/12/bai-101/', publicPaths.article('hoi-nghi-trien-khai-cai-cach-hanh-chinh-nam-2019')])
    expect(entries).toContainEqual(['/2019/05/12/bai-101', publicPaths.article('hoi-nghi-trien-khai-cai-cach-hanh-chinh-nam-2019')])
    expect(entries).toContainEqual(['/?p=104', publicPaths.article('tiep-nhan-ho-so-truc-tuyen')])
    expect(entries).toContainEqual(['/index.php?p=101', publicPaths.article('hoi-nghi-trien-khai-cai-cach-hanh-chinh-nam-2019')])
    // Followed: every target is a published article's page the anonymous API (and so the site) has.
    for (const [, to] of entries) {
      const slug = to.split('/')[2]
      const found = (await (await cms.get(`/api/articles?where[slug][equals]=${slug}&depth=0`)).json()) as { totalDocs: number }
      expect(found.totalDocs, to).toBe(1)
    }
    // Production nginx reads these very files from the site volume, where the builder container writes them.
    const nginx = await readFile(path.join(repoRoot, 'deploy/nginx/nginx.conf'), 'utf8')
    expect(nginx).toMatch(/map \$uri \$old_link_by_path \{[^}]*include \/srv\/site\/old-links\/old-paths\*\.map;/)
    expect(nginx).toMatch(/map \$request_uri \$old_link_by_request \{[^}]*include \/srv\/site\/old-links\/old-requests\*\.map;/)
    expect(await readFile(path.join(repoRoot, 'deploy/nginx/site.conf'), 'utf8')).toMatch(/if \(\$old_link_by_path\) \{\s*return 301 \$old_link_by_path;/)
    // Through the production nginx configuration itself: old address → 301 → the new page, which it serves.
    const live = path.join(dir, 'site', 'live')
    for (const [, to] of entries) {
      await mkdir(path.join(live, to), { recursive: true })
      await writeFile(path.join(live, to, 'index.html'), `<h1>${to}</h1>`)
    }
    await writeFile(path.join(live, '404.html'), '<h1>Không tìm thấy trang</h1>')
    await writeFile(path.join(live, 'index.html'), '<h1>Trang chủ</h1>')
    const article = publicPaths.article('hoi-nghi-trien-khai-cai-cach-hanh-chinh-nam-2019')
    const followed = [
      ['/2019/05/12/bai-101/', article],
      ['/2019/05/12/bai-101', article],
      ['/2019/05/12/bai-101/?utm_source=zalo', article],
      ['/?p=101', article],
      ['/index.php?p=101', article],
      ['/?page_id=104', publicPaths.article('tiep-nhan-ho-so-truc-tuyen')],
      ['/?p=104', publicPaths.article('tiep-nhan-ho-so-truc-tuyen')],
    ] as const
    // And the local server of `npm start`, from the same maps (its real build: builder/test/publishingPipeline.test.ts).
    const web = await startDeployNginx({ siteDir: path.join(dir, 'site'), cmsUrl: 'http://127.0.0.1:9' })
    const local = await serveStatic(live, await freePort(), '127.0.0.1', { oldLinksDir: out })
    try {
      for (const siteUrl of [web.siteUrl, local.url]) {
        for (const [old, to] of followed) {
          const moved = await fetch(siteUrl + old, { redirect: 'manual' })
          expect({ old, status: moved.status, location: moved.headers.get('location') }).toEqual({ old, status: 301, location: to })
          const landed = await fetch(siteUrl + old)
          expect({ old, status: landed.status, url: landed.url, text: await landed.text() }).toEqual({ old, status: 200, url: siteUrl + to, text: `<h1>${to}</h1>` })
        }
        // Not imported: the old site's other ids and a draft's address are the site's 404, not a redirect.
        for (const unknown of ['/?p=999', '/?p=106', '/2019/05/12/khong-co/']) {
          const response = await fetch(siteUrl + unknown, { redirect: 'manual' })
          expect({ siteUrl, unknown, status: response.status }).toEqual({ siteUrl, unknown, status: unknown.startsWith('/?') ? 200 : 404 })
        }
      }
      // An imported article unpublished: the maps are written again, and the local server follows them within a second or so.
      const unpublished = await cms.payload.find({ collection: 'articles', where: { slug: { equals: 'tiep-nhan-ho-so-truc-tuyen' } }, depth: 0 })
      await cms.payload.update({ collection: 'articles', id: unpublished.docs[0]!.id, data: { _status: 'draft' } })
      expect(await writeRedirects(cms.payload, out)).toMatchObject({ written: true })
      await expect.poll(async () => (await fetch(`${local.url}/?p=104`, { redirect: 'manual' })).status, { timeout: 5000, interval: 250 }).toBe(200)
      expect((await fetch(`${local.url}/?p=101`, { redirect: 'manual' })).headers.get('location')).toBe(article)
    } finally {
      await Promise.all([web.stop(), local.close()])
    }
  })
})

describe('importing feeds', () => {
  it('RSS 2.0 as Vietnamese portals publish it: description with an image, day-first dates, enclosures fetched', async () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT tỉnh - Cải cách hành chính</title><link>https://sonoivu.example.gov.vn/</link><description>Tin CCHC</description>
<item><title>${nfd('Đẩy mạnh dịch vụ công trực tuyến toàn trình')}</title><link>https://sonoivu.example.gov.vn/tin-tuc/day-manh-dich-vu-cong-12345.html</link>
<description><![CDATA[<a href="https://sonoivu.example.gov.vn/tin-tuc/day-manh-dich-vu-cong-12345.html"><img src="${imageHost}/anh.jpg" alt="Bộ phận một cửa" /></a></br>Tỉnh đẩy mạnh dịch vụ công trực tuyến.]]></description>
<pubDate>12/05/2024 10:30:00</pubDate><guid>https://sonoivu.example.gov.vn/tin-tuc/day-manh-dich-vu-cong-12345.html</guid><category>Cải cách thủ tục hành chính</category></item>
<item><title>Ảnh đại diện bị mất</title><link>https://sonoivu.example.gov.vn/tin-tuc/anh-mat-2.html</link><description>Nội dung ngắn.</description>
<pubDate>Mon, 13 May 2024 08:00:00 +0700</pubDate><enclosure url="${imageHost}/khong-co.jpg" type="image/jpeg" length="100"/><category>Cải cách thủ tục hành chính</category></item>
<item><title></title><link>https://sonoivu.example.gov.vn/tin-tuc/khong-tieu-de-3.html</link><description>Không tiêu đề</description><pubDate>Mon, 13 May 2024 08:00:00 +0700</pubDate></item>
</channel></rss>`
    const file = path.join(dir, 'rss.xml')
    await writeFile(file, rss)
    await writeFile(
      `${file}.mapping.json`,
      JSON.stringify({ defaultReformAreas: [], categories: { 'cai-cach-thu-tuc-hanh-chinh': { name: 'x', reformAreas: [areaSlug], units: [] } }, tags: {} }),
    )
    const { summary, output } = await run({ kind: 'feed', input: file, apply: true })
    expect(summary).toMatchObject({ create: 2, error: 1, failed: 0 })
    expect(output).toMatch(/error +item 3 “\(no title\)”: no title/)
    expect(output).toContain(`image not imported: ${imageHost}/khong-co.jpg: HTTP 404`)
    const { docs } = await cms.payload.find({ collection: 'articles', draft: true, where: { 'importSource.system': { equals: 'feed' } }, sort: 'publishedAt', depth: 1 })
    const [first] = docs as Array<Record<string, any>>
    expect(first!.title).toBe('Đẩy mạnh dịch vụ công trực tuyến toàn trình')
    expect(first!.publishedAt).toBe('2024-05-12T03:30:00.000Z')
    expect(first!.bodyHtml).toMatch(/<img src="http:\/\/cms\.test\/api\/media\/file\/anh-[0-9a-f]{8}\.webp" alt="Bộ phận một cửa"/)
    expect(first!.importSource).toMatchObject({ site: 'https://sonoivu.example.gov.vn', url: 'https://sonoivu.example.gov.vn/tin-tuc/day-manh-dich-vu-cong-12345.html' })
  })

  it('Atom, with its enclosure link as the hero image (an image without alt is marked)', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Cổng thông tin xã</title><link href="https://xa.example.gov.vn/"/><id>urn:xa</id><updated>2024-06-01T08:00:00+07:00</updated>
<entry><title>Phường tổ chức đối thoại với người dân</title><link href="https://xa.example.gov.vn/bai-viet/doi-thoai"/><id>urn:xa:1</id>
<published>2024-06-01T08:00:00+07:00</published><updated>2024-06-01T08:00:00+07:00</updated>
<content type="html">&lt;p&gt;Buổi đối thoại diễn ra sôi nổi.&lt;/p&gt;</content><link rel="enclosure" type="image/jpeg" href="${imageHost}/anh.jpg"/><category term="Cải cách thủ tục hành chính"/></entry>
</feed>`
    const file = path.join(dir, 'atom.xml')
    await writeFile(file, atom)
    await writeFile(`${file}.mapping.json`, JSON.stringify({ defaultReformAreas: [areaSlug], categories: {}, tags: {} }))
    const { summary } = await run({ kind: 'feed', input: file, apply: true })
    expect(summary).toMatchObject({ create: 1, failed: 0 })
    const { docs } = await cms.payload.find({ collection: 'articles', draft: true, where: { 'importSource.itemId': { equals: 'urn:xa:1' } }, depth: 1 })
    expect(docs[0]).toMatchObject({ title: 'Phường tổ chức đối thoại với người dân', publishedAt: '2024-06-01T01:00:00.000Z', heroImage: { alt: MISSING_ALT } })
  })
})

describe('importing documents from a sheet', () => {
  it('good rows with their files; bad rows refused with the reason; XLSX alike; a second run changes nothing', async () => {
    const files = path.join(dir, 'files')
    await mkdir(files, { recursive: true })
    await writeFile(path.join(files, 'kh-145.pdf'), samplePdf().data)
    const csv = [
      'DANH MỤC VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH;;;;;;;;',
      ';;;;;;;;',
      '',
      'Số, ký hiệu;Trích yếu;Loại văn bản;Cơ quan ban hành;Người ký;Ngày ban hành;Ngày hiệu lực;Tệp đính kèm;Lĩnh vực',
      `145/KH-UBND;${nfd('Kế hoạch cải cách hành chính năm 2024')};Kế hoạch;UBND tỉnh;Nguyễn Văn A;12/01/2024;15/01/2024;kh-145.pdf;Cải cách thủ tục hành chính`,
      '76/NQ-CP;Nghị quyết ban hành Chương trình tổng thể cải cách hành chính;;Chính phủ;;15/07/2021;;thieu.pdf;',
      'abc;Số không hợp lệ;Kế hoạch;UBND tỉnh;;12/01/2024;;;',
      '12/KH-UBND;Thiếu ngày ban hành;Kế hoạch;UBND tỉnh;;;;;',
      '13/XYZ-UBND;Loại lạ;Tờ trình;UBND tỉnh;;12/01/2024;;;',
    ].join('\n')
    await writeFile(path.join(dir, 'van-ban.csv'), `\uFEFF${csv}\n`)
    const { summary, output } = await run({ kind: 'documents', input: path.join(dir, 'van-ban.csv'), files, apply: true })
    expect(summary).toMatchObject({ create: 2, error: 3, failed: 0 })
    expect(output).toMatch(/error +row 7 “abc”: “abc” is not a document number/)
    expect(output).toMatch(/error +row 8 “12\/KH-UBND”: no issue date/)
    expect(output).toMatch(/error +row 9 “13\/XYZ-UBND”: unknown document type “Tờ trình”/)
    expect(output).toContain('file missing: thieu.pdf')
    const { docs } = await cms.payload.find({ collection: 'documents', draft: true, sort: 'number', depth: 1 })
    expect(docs.map((doc) => [doc.number, doc.type, doc._status])).toEqual([
      ['145/KH-UBND', 'plan', 'draft'],
      ['76/NQ-CP', 'resolution', 'draft'],
    ])
    expect(docs[0]).toMatchObject({
      title: 'Kế hoạch cải cách hành chính năm 2024',
      signer: 'Nguyễn Văn A',
      issuedAt: '2024-01-11T17:00:00.000Z',
      file: { mimeType: 'application/pdf' },
    })
    expect((docs[0]!.reformAreas as Array<{ slug: string }>).map((area) => area.slug)).toEqual([areaSlug])
    expect(await count('document-files')).toBe(1)

    await writeFile(
      path.join(dir, 'van-ban.xlsx'),
      xlsxFile([
        ['Số, ký hiệu', 'Trích yếu', 'Cơ quan ban hành', 'Ngày ban hành'],
        ['61/2018/NĐ-CP', 'Nghị định về thực hiện cơ chế một cửa', 'Chính phủ', '23/04/2018'],
        ['', 'Thiếu số', 'Chính phủ', '23/04/2018'],
      ]),
    )
    const xlsx = await run({ kind: 'documents', input: path.join(dir, 'van-ban.xlsx'), apply: true })
    expect(xlsx.summary).toMatchObject({ create: 1, error: 1 })
    expect(xlsx.output).toMatch(/error +row 3 .*no number and symbol/)

    const again = await run({ kind: 'documents', input: path.join(dir, 'van-ban.csv'), files, apply: true })
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 })
    expect(await count('documents')).toBe(3)
    expect(existsSync(path.join(dir, 'van-ban.csv.mapping.json'))).toBe(false)
  })
})
