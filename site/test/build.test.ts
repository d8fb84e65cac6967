import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'cheerio'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_TYPES, formatDateTimeVi, SUBSCRIPTION_API, SUBSCRIPTION_FIELDS, SUBSCRIPTION_FREQUENCIES, subscriptionRequestSchema, toVietnamIso } from '@reform/shared'
import { formFields } from '../../cms/src/publicEndpoints/readSubmissionBody'
import { appendLink, lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { sql } from '../../cms/test/support/testDatabase'
import { freePort } from '../../scripts/src/process/ports'
import { checkBuiltSite, listBuiltFiles } from '../../builder/src/releases/checkBuiltSite'
import { seedSampleContent } from '../../scripts/src/seed/seedSampleContent'
import { SAMPLE_FEEDBACK } from '../../scripts/src/seed/sampleRecords'
import { buildSite, type BuildResult } from './support/buildSite'
import { readBuilt } from './support/builtFiles'

const SITE_URL = 'https://cchc.example.gov.vn'
const DRAFT_TITLE = 'Bản nháp tuyệt mật chưa được duyệt đăng'
/** Plain text that a reader treating it as HTML would run, were it escaped only once. */
const HOSTILE_TEXT = '<script>alert(4)</script><img src=x onerror=alert(5)> & <b>đậm</b>'

let cms: TestCms
let server: { close: () => Promise<void> }
let cmsUrl: string
let outDir: string
let cacheDir: string
let firstBuild: BuildResult
let areaId: number
const tempDirs: string[] = []

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

const parseFeed = async (file: string) => new Parser().parseString(await readBuilt(outDir, file))

async function build(into = outDir, cache = cacheDir, cms = cmsUrl) {
  return buildSite({ cmsUrl: cms, siteUrl: SITE_URL, outDir: into, cacheDir: cache })
}

const createArticle = (data: Record<string, unknown>, draft = false) =>
  cms.payload.create({
    collection: 'articles',
    draft,
    data: { body: lexicalBody('Nội dung.'), reformAreas: [areaId], _status: draft ? 'draft' : 'published', ...data } as never,
  })

beforeAll(async () => {
  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  cms = await startTestCms({ publicUrl: cmsUrl })
  server = await serveRest(cms, port)
  await seedSampleContent(cms.payload)
  areaId = (await cms.payload.find({ collection: 'reform-areas', where: { name: { equals: 'Cải cách thể chế' } } })).docs[0]!.id
  await createArticle({ title: DRAFT_TITLE, body: lexicalBody('Nội dung nháp không được lộ ra ngoài.') }, true)
  const target = (await cms.payload.find({ collection: 'articles', where: { slug: { equals: 'xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai' } } })).docs[0]!
  let hostile = lexicalBody('<script>alert(1)</script><img src=x onerror=alert(2)>')
  hostile = appendLink(hostile, { linkType: 'custom', url: 'javascript:alert(3)', newTab: false }, 'bấm')
  hostile = appendLink(hostile, { linkType: 'internal', doc: { relationTo: 'articles', value: target.id }, newTab: false }, 'tin liên quan')
  await createArticle({ title: 'Tin thử nội dung độc hại'.normalize('NFD'), summary: HOSTILE_TEXT, body: hostile, publishedAt: '2019-06-01T03:00:00.000Z' })
  // A reform area's name is a feed's title and description and the OPML's text.
  await cms.payload.create({ collection: 'reform-areas', data: { name: `Lĩnh vực thử ${HOSTILE_TEXT}`, order: 99 } })
  const province = (await cms.payload.find({ collection: 'units', where: { name: { equals: 'Tỉnh Bắc Ninh' } } })).docs[0]!
  await createArticle({ title: 'Tỉnh gửi xã phường đăng lại', units: [province.id], forGrassroots: true, publishedAt: '2026-02-01T03:00:00.000Z' })
  await createArticle({ title: 'Tin riêng của tỉnh', units: [province.id], publishedAt: '2026-02-02T03:00:00.000Z' })
  // A special zone, and a former province merged into this one (as Bắc Giang into Bắc Ninh in 2025).
  await cms.payload.create({ collection: 'units', data: { name: 'Đặc khu Thử Nghiệm', type: 'special-zone', parent: province.id } })
  await cms.payload.create({ collection: 'units', data: { name: 'Tỉnh Bắc Giang', type: 'province', dissolvedAt: '2025-06-30T17:00:00.000Z', mergedInto: province.id } })
  await createArticle({
    title: 'Tin có ký tự đặc biệt'.normalize('NFD'),
    authorName: `Nhóm PV "Cải cách" & Đổi mới – O'Neil <CCHC>`,
    publishedAt: '2020-01-01T00:00:00.000Z',
  })
  outDir = await tempDir('reform-site-')
  cacheDir = await tempDir('reform-site-cache-')
  firstBuild = await build()
})

afterAll(async () => {
  await server?.close()
  await cms?.stop()
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('site built from a seeded CMS', () => {
  it('builds', () => {
    expect(firstBuild.output).toContain('Complete!')
    // Every public collection is loaded and validated, not only what pages use so far.
    expect(firstBuild.output).toMatch(/bulletins: 10 fetched, 0 removed, 10 in total/)
    expect(firstBuild.output).toMatch(/procedure-stats: 18 fetched, 0 removed, 18 in total/)
    expect(firstBuild.code).toBe(0)
  })

  it('has a page for a published article with its body, Vietnamese date and reform areas', async () => {
    const { docs } = await cms.payload.find({ collection: 'articles', where: { slug: { equals: 'xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai' } } })
    const article = docs[0]!
    const $ = load(await readBuilt(outDir, 'tin-tuc/xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai/index.html'))
    expect($('html').attr('lang')).toBe('vi')
    expect($('h1').text()).toBe('Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải')
    expect($('.article__body').text()).toContain('Tổ công tác hướng dẫn người dân nộp hồ sơ chứng thực')
    expect($('article time').attr('datetime')).toBe(toVietnamIso(article.publishedAt!))
    expect($('article time').text()).toBe(formatDateTimeVi(article.publishedAt!))
    expect(
      $('.tag-list a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Cải cách thủ tục hành chính'])
    expect($('link[rel=canonical]').attr('href')).toBe(`${SITE_URL}/tin-tuc/xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai/`)
    // No client JavaScript but the print button's handler: the only script is the JSON-LD data.
    expect(
      $('[onclick]')
        .map((_, element) => $(element).attr('class'))
        .get(),
    ).toEqual(['print-button'])
    expect(
      $('script')
        .map((_, script) => $(script).attr('type'))
        .get(),
    ).toEqual(['application/ld+json'])
    expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải',
      datePublished: toVietnamIso(article.publishedAt!),
      publisher: { '@type': 'GovernmentOrganization' },
    })
  })

  it('shows a time at midnight in Vietnam on the right day', async () => {
    const $ = load(await readBuilt(outDir, 'tin-tuc/dem-giao-thua-bo-phan-mot-cua-van-nhan-ho-so-truc-tuyen/index.html'))
    expect($('article time').text()).toBe('00:00, 01/01/2026')
  })

  it('lists news newest first, and every reform area', async () => {
    const files = await listBuiltFiles(outDir)
    expect(files).toContain('tin-tuc/index.html')
    expect(files).toContain('404.html')
    const $ = load(await readBuilt(outDir, 'tin-tuc/index.html'))
    const titles = $('.article-card__title')
      .map((_, h) => $(h).text().trim())
      .get()
    // The listing itself holds up to two runs of 20 before archive parts begin (site/test/stableListing.test.ts).
    const published = await cms.payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
    expect(titles).toHaveLength(published.totalDocs)
    expect(published.totalDocs).toBeLessThanOrEqual(40)
    expect(files.filter((file) => /^tin-tuc\/\d+\//.test(file))).toEqual([])
    expect(titles[0]).toBe('Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 12.000 hồ sơ trong tháng 10')
    const areaPages = files.filter((file) => /^linh-vuc\/[^/]+\/index\.html$/.test(file))
    // The six seeded areas and the test's hostile one.
    expect(areaPages).toHaveLength(7)
  })

  it('carries its own copies of the files it shows, and never points at the CMS', async () => {
    const files = await listBuiltFiles(outDir)
    const references = new Set<string>()
    for (const file of files.filter((name) => /\.(html|xml)$/.test(name))) {
      const text = await readBuilt(outDir, file)
      expect(text, file).not.toContain(cmsUrl)
      for (const [, path] of text.matchAll(/(?:https:\/\/cchc\.example\.gov\.vn|(?<=["' ,]))\/(media\/[^"' ,)<>]+)/g)) references.add(path!)
    }
    expect(references.size).toBeGreaterThan(4)
    for (const path of references) expect(files, path).toContain(path)
    const article = load(await readBuilt(outDir, 'tin-tuc/trung-tam-phuc-vu-hanh-chinh-cong-tinh-tiep-nhan-hon-12-000-ho-so-trong-thang-10/index.html'))
    expect(article('.article__hero img').attr('src')).toMatch(/^\/media\/media\/minh-hoa-one-stop.*\.webp$/)
    expect(article('.article__hero img').attr('srcset')).toMatch(/\/media\/media\/.+ 400w, .+ 800w/)
  })

  it('has no internal link or asset that points to a missing file', async () => {
    expect((await checkBuiltSite(outDir, SITE_URL)).problems).toEqual([])
  })

  it('tells search engines and feed readers what is where', async () => {
    const robots = await readBuilt(outDir, 'robots.txt')
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`)
    const sitemap = await readBuilt(outDir, 'sitemap-0.xml')
    expect(sitemap).toContain(`${SITE_URL}/tin-tuc/xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai/`)
    expect(sitemap).toContain(`${SITE_URL}/van-ban/ke-hoach-cai-cach-hanh-chinh-tinh-nam-2026/`)
    expect(sitemap).not.toContain('404')
    const home = load(await readBuilt(outDir, 'index.html'))
    expect(home('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe(`${SITE_URL}/rss.xml`)
    expect(JSON.parse(home('script[type="application/ld+json"]').text())).toMatchObject({ '@type': 'GovernmentOrganization' })
    const article = load(await readBuilt(outDir, 'tin-tuc/trung-tam-phuc-vu-hanh-chinh-cong-tinh-tiep-nhan-hon-12-000-ho-so-trong-thang-10/index.html'))
    expect(article('meta[property="og:type"]').attr('content')).toBe('article')
    expect(article('meta[property="og:image"]').attr('content')).toMatch(/^https:\/\/cchc\.example\.gov\.vn\/media\/media\/.+\.webp$/)
    const notFound = load(await readBuilt(outDir, '404.html'))
    expect(notFound('h1').text()).toBe('Không tìm thấy trang')
    expect(notFound('meta[name=robots]').attr('content')).toBe('noindex')
    expect(notFound('link[rel=canonical]').length).toBe(0)
    const area = load(await readBuilt(outDir, 'linh-vuc/cai-cach-to-chuc-bo-may-hanh-chinh-nha-nuoc/index.html'))
    expect(area('h1').text()).toBe('Cải cách tổ chức bộ máy hành chính nhà nước')
    expect(
      area('.article-card__title')
        .map((_, h) => area(h).text().trim())
        .get(),
    ).toContain('Hoàn thành sắp xếp bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh')
  })

  it('serves its own font, cut to the letters Vietnamese and the site use, and an icon', async () => {
    const files = await listBuiltFiles(outDir)
    const css = (await Promise.all(files.filter((name) => name.endsWith('.css')).map((name) => readBuilt(outDir, name)))).join('\n')
    expect(css).toContain('font-family:Noto Sans Variable')
    expect(css).not.toMatch(/fonts\.googleapis|fonts\.gstatic/)
    // Two parts (Latin, Vietnamese), nothing of the package's other subsets (latin-ext alone was 168 KB).
    const fonts = [...new Set(css.match(/\/_astro\/[^)'"]+\.woff2/g))]
    expect(fonts.map((font) => font.replace(/\.[\w-]+\.woff2$/, ''))).toEqual(['/_astro/noto-sans-latin', '/_astro/noto-sans-vietnamese'])
    const sizes = await Promise.all(fonts.map(async (font) => (await stat(path.join(outDir, font))).size))
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(40_000)
    const article = load(await readBuilt(outDir, 'tin-tuc/xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai/index.html'))
    expect(
      article('link[rel=preload][as=font]')
        .map((_, link) => article(link).attr('href'))
        .get()
        .sort(),
    ).toEqual(fonts)
    // The icon every page links, and the .ico that browsers ask for by themselves.
    expect(article('link[rel=icon]').attr('href')).toBe('/favicon.svg')
    expect(await readBuilt(outDir, 'favicon.svg')).toMatch(/^<svg /)
    expect(files).toContain('favicon.ico')
  })

  it('puts no draft anywhere in the built site, the feed included', async () => {
    for (const file of await listBuiltFiles(outDir)) {
      if (!/\.(html|xml|json|txt)$/.test(file)) continue
      const text = await readBuilt(outDir, file)
      expect(text, file).not.toContain(DRAFT_TITLE)
      expect(text, file).not.toContain('Dự thảo: kế hoạch cải cách hành chính năm 2027')
    }
  })

  it('publishes /rss.xml as RSS 2.0 that holds the articles', async () => {
    const xml = await readBuilt(outDir, 'rss.xml')
    const parser = new Parser<Record<string, never>, { contentEncoded: string; creator: string }>({
      customFields: {
        item: [
          ['content:encoded', 'contentEncoded'],
          ['dc:creator', 'creator'],
        ],
      },
    })
    const feed = await parser.parseString(xml)
    expect(feed.items).toHaveLength(24)
    const item = feed.items.find((entry) => entry.title === 'Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải')!
    expect(item.link).toBe(`${SITE_URL}/tin-tuc/xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai/`)
    expect(item.guid).toMatch(/^tag:cchc\.example\.gov\.vn,2026:article:\d+$/)
    expect(item.categories).toEqual(['Cải cách thủ tục hành chính'])
    expect(item.contentEncoded).toContain('<p>Mùa thu hoạch vải')
    expect(item.creator).toBe('Văn Toàn')
    const special = feed.items.find((entry) => entry.title === 'Tin có ký tự đặc biệt')!
    expect(special.creator).toBe(`Nhóm PV "Cải cách" & Đổi mới – O'Neil <CCHC>`)
    expect(xml).toContain('<language>vi</language>')
    expect(xml).toContain(`<atom:link href="${SITE_URL}/rss.xml" rel="self" type="application/rss+xml"/>`)
    expect(xml).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700<\/pubDate>/)
    expect(xml).toMatch(/<lastBuildDate>[^<]+\+0700<\/lastBuildDate>/)
    const withImage = feed.items.find((entry) => entry.enclosure)!
    expect(withImage.enclosure!.url).toMatch(/^https:\/\/cchc\.example\.gov\.vn\/media\/media\/.+\.webp$/)
    expect(withImage.enclosure!.type).toBe('image/webp')
    expect(Number(withImage.enclosure!.length)).toBeGreaterThan(0)
  })
})

describe('pages for bulletins, documents, practices and units', () => {
  it('archives bulletins by year and month, and shows an issue with its contents in order', async () => {
    const { docs } = await cms.payload.find({ collection: 'bulletins', sort: '-issueDate', limit: 1, depth: 2 })
    const latest = docs[0]!
    const archive = load(await readBuilt(outDir, 'ban-tin/index.html'))
    expect(archive('.bulletin-list a').length).toBe(10)
    expect(archive('.bulletin-list a').first().text()).toBe(latest.title)
    expect(archive('.bulletin-month__count').first().text()).toMatch(/· \d+ số/)

    const issue = load(await readBuilt(outDir, `ban-tin/${latest.year}/so-${latest.number}/index.html`))
    expect(issue('h1').text()).toBe(`Bản tin CCHC số ${latest.number}/${latest.year}`)
    expect(
      issue('.bulletin__toc > ol > li > a')
        .map((_, a) => issue(a).text())
        .get(),
    ).toEqual(['Cải cách thủ tục hành chính', 'Chính phủ số'])
    const firstSection = latest.sections![0]!.articles as Array<{ title: string }>
    expect(
      issue('#muc-1')
        .parent()
        .find('.bulletin__item h3')
        .map((_, h) => issue(h).text())
        .get(),
    ).toEqual(firstSection.map((a) => a.title))
  })

  it('shows the newest score of each index on the home page, and charts every year with its data', async () => {
    const home = load(await readBuilt(outDir, 'index.html'))
    expect(
      home('.score-list li')
        .map((_, li) => home(li).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Chỉ số cải cách hành chính (PAR Index) 2025 · Tỉnh Bắc Ninh 90,31 điểm, xếp hạng 5', 'Chỉ số hài lòng (SIPAS) 2025 · Tỉnh Bắc Ninh 85,9 điểm, xếp hạng 9'])
    const results = load(await readBuilt(outDir, 'chi-so/index.html'))
    const par = results('figure.chart').first()
    expect(par.find('svg[role=img] > title').text()).toBe('Chỉ số cải cách hành chính (PAR Index) · Tỉnh Bắc Ninh')
    expect(par.find('svg desc').text()).toContain('năm 2025 đạt 90,31 điểm, xếp hạng 5')
    expect(par.find('svg rect').length).toBe(3)
    expect(
      par
        .find('tbody tr')
        .map((_, row) => results(row).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['2023 86,12', '2024 88,45', '2025 90,31'])
    const csv = await readBuilt(outDir, 'chi-so/chi-so.csv')
    expect(csv.startsWith('\uFEFFChỉ số,Năm,Đơn vị,Điểm,Thang điểm,Xếp hạng')).toBe(true)
    expect(csv).toContain('Chỉ số cải cách hành chính (PAR Index),2025,Tỉnh Bắc Ninh,90.31,100,5')
    const stats = JSON.parse(await readBuilt(outDir, 'chi-so/thu-tuc-hanh-chinh.json')) as Array<{ donVi: string }>
    expect(stats).toHaveLength(18)
  })

  it('lists documents and shows one with its facts and a file download that works offline', async () => {
    const list = load(await readBuilt(outDir, 'van-ban/index.html'))
    expect(list('.document-table tbody tr').length).toBe(3)
    const plan = load(await readBuilt(outDir, 'van-ban/ke-hoach-cai-cach-hanh-chinh-tinh-nam-2026/index.html'))
    expect(plan('h1').text()).toBe('Kế hoạch số 145/KH-UBND')
    expect(plan('.facts').text()).toContain('UBND tỉnh Bắc Ninh')
    expect(plan('.facts').text()).toContain('26/12/2025')
    const download = plan('a.download').attr('href')!
    expect(download).toMatch(/^\/media\/document-files\/145-KH-UBND.*\.pdf$/)
    expect((await readBuilt(outDir, download.slice(1))).startsWith('%PDF-')).toBe(true)
  })

  it('filters documents by type, year and issuer, and practices by area and unit, without JavaScript', async () => {
    const numbers = async (file: string) => {
      const $ = load(await readBuilt(outDir, file))
      return $('.document-table tbody tr td:first-child')
        .map((_, cell) => $(cell).text())
        .get()
    }
    expect(await numbers('van-ban/loai/ke-hoach/index.html')).toEqual(['145/KH-UBND'])
    expect(await numbers('van-ban/nam/2021/index.html')).toEqual(['76/NQ-CP'])
    expect(await numbers('van-ban/co-quan/ubnd-tinh-bac-ninh/index.html')).toEqual(['2150/QĐ-UBND', '145/KH-UBND'])
    const list = load(await readBuilt(outDir, 'van-ban/index.html'))
    expect(
      list('.facets a')
        .map((_, a) => list(a).attr('href'))
        .get(),
    ).toContain('/van-ban/co-quan/chinh-phu/')
    const byUnit = load(await readBuilt(outDir, 'mo-hinh-hay/don-vi/xa-luc-ngan/index.html'))
    expect(byUnit('.practice-card__title').text()).toBe('Dịch vụ công lưu động mùa thu hoạch vải')
    expect(byUnit('.facets a[aria-current=page]').text()).toBe('Xã Lục Ngạn')
  })

  it('gives every filter a Vietnamese address, and sends the old English ones there', async () => {
    const files = await listBuiltFiles(outDir)
    const filters = files.filter((file) => /^(van-ban|mo-hinh-hay|hoi-dap)\/[^/]+\/[^/]+\/index\.html$/.test(file))
    const english = new Set<string>(DOCUMENT_TYPES.map((type) => type.value))
    const redirects: string[] = []
    for (const file of filters) {
      const [, facet, value] = file.split('/')
      expect(['loai', 'nam', 'co-quan', 'linh-vuc', 'don-vi'], file).toContain(facet)
      if (english.has(value!)) redirects.push(file)
    }
    expect(files).toContain('van-ban/loai/quyet-dinh/index.html')
    expect(files).toContain('van-ban/loai/nghi-quyet/index.html')
    // The old addresses are only redirects, one per type that has documents.
    expect(redirects.sort()).toEqual(['van-ban/loai/decision/index.html', 'van-ban/loai/plan/index.html', 'van-ban/loai/resolution/index.html'])
    const old = load(await readBuilt(outDir, 'van-ban/loai/decision/index.html'))
    expect(old('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/van-ban/loai/quyet-dinh/')
    expect(old('link[rel=canonical]').attr('href')).toBe(`${SITE_URL}/van-ban/loai/quyet-dinh/`)
    expect(old('a').attr('href')).toBe('/van-ban/loai/quyet-dinh/')
    const list = load(await readBuilt(outDir, 'van-ban/index.html'))
    const typeLinks = list('.facets a[href^="/van-ban/loai/"]')
      .map((_, a) => list(a).attr('href'))
      .get()
    expect(typeLinks.sort()).toEqual(['/van-ban/loai/ke-hoach/', '/van-ban/loai/nghi-quyet/', '/van-ban/loai/quyet-dinh/'])
    const sitemap = await readBuilt(outDir, 'sitemap-0.xml')
    expect(sitemap).toContain(`${SITE_URL}/van-ban/loai/quyet-dinh/`)
    expect(sitemap).not.toContain(`${SITE_URL}/van-ban/loai/decision/`)
  })

  it('shows a good practice with its measurable results highlighted', async () => {
    const practice = load(await readBuilt(outDir, 'mo-hinh-hay/to-cong-nghe-so-cong-dong-truc-buoi-toi/index.html'))
    expect(
      practice('.results__list li')
        .map((_, li) => practice(li).text())
        .get(),
    ).toEqual(['Hồ sơ trực tuyến của phường tăng gấp đôi sau hai tháng', 'Thời gian chờ tại bộ phận một cửa giảm 40%'])
    expect(practice('.facts a').attr('href')).toBe('/don-vi/phuong-kinh-bac/')
  })

  it("keeps a merged ward's page, saying when and into which unit it merged", async () => {
    const ward = load(await readBuilt(outDir, 'don-vi/phuong-suoi-hoa/index.html'))
    expect(ward('.notice').text().replace(/\s+/g, ' ')).toContain('Đơn vị này đã giải thể, sắp xếp từ ngày 01/07/2025 và sáp nhập vào Phường Kinh Bắc')
    expect(ward('.notice a').attr('href')).toBe('/don-vi/phuong-kinh-bac/')
    const kinhBac = load(await readBuilt(outDir, 'don-vi/phuong-kinh-bac/index.html'))
    expect(kinhBac('.article-card__title').text()).toContain('Phường Kinh Bắc thí điểm tổ công nghệ số cộng đồng')
  })
})

describe('units on the public site', () => {
  it('lists every province with its communes, wards and special zones at /don-vi/, the dissolved ones with their date and where they went', async () => {
    const $ = load(await readBuilt(outDir, 'don-vi/index.html'))
    const sections = $('.unit-tree__section')
    // The 34 province-level units, each a section with its link.
    expect(sections.length).toBe(34)
    expect($('.unit-index a').length).toBe(34)
    const bacNinh = $('#tinh-bac-ninh')
    expect(bacNinh.find('h2 a').attr('href')).toBe('/don-vi/tinh-bac-ninh/')
    const groups = bacNinh
      .find('.unit-tree__group')
      .map((_, group) => $(group).find('h3').text().replace(/\s+/g, ' ').trim())
      .get()
    expect(groups).toEqual(['Xã (2)', 'Phường (5)', 'Đặc khu (1)', 'Sở, ban, ngành (2)', 'Đã sáp nhập vào Tỉnh Bắc Ninh (1)'])
    const names = bacNinh
      .find('[data-unit-name]')
      .map((_, a) => $(a).text())
      .get()
    for (const name of ['Xã Lục Ngạn', 'Phường Kinh Bắc', 'Đặc khu Thử Nghiệm', 'Sở Nội vụ']) expect(names).toContain(name)
    // A merged ward: in its place, with its date and a link to the unit it joined.
    const suoiHoa = bacNinh.find('li').filter((_, li) => $(li).children('a').text() === 'Phường Suối Hoa')
    expect(suoiHoa.find('.unit-tree__note').text().replace(/\s+/g, ' ')).toBe(' — đã giải thể, sắp xếp từ ngày 01/07/2025 và sáp nhập vào Phường Kinh Bắc')
    expect(suoiHoa.find('time').attr('datetime')).toBe('2025-07-01')
    expect(suoiHoa.find('.unit-tree__note a').attr('href')).toBe('/don-vi/phuong-kinh-bac/')
    // A former province sits with the province it joined, not on its own.
    const bacGiang = bacNinh.find('.unit-tree__group').last().find('li')
    expect(bacGiang.children('a').attr('href')).toBe('/don-vi/tinh-bac-giang/')
    expect(bacGiang.text()).toContain('sáp nhập vào Tỉnh Bắc Ninh')
    expect($('#tinh-bac-giang').length).toBe(0)
    // The name filter is the script's to show; the script is a file of the site's own.
    expect($('form[data-unit-filter]').attr('hidden')).toBeDefined()
    $('script').each((_, script) => expect($(script).attr('src')).toMatch(/^\/_astro\/.+\.js$/))
    // Reached from every page's menu and from a unit's breadcrumbs.
    const ward = load(await readBuilt(outDir, 'don-vi/phuong-kinh-bac/index.html'))
    expect(ward('.site-nav a[href="/don-vi/"]').text()).toBe('Đơn vị')
    expect(
      ward('.breadcrumbs a')
        .map((_, a) => ward(a).attr('href'))
        .get(),
    ).toEqual(['/', '/don-vi/', '/don-vi/tinh-bac-ninh/'])
  })

  it("lists on a receiving unit's page the units merged into it, with dates and links to their kept pages", async () => {
    const files = await listBuiltFiles(outDir)
    for (const [file, merged] of [
      ['don-vi/phuong-kinh-bac/index.html', [['Phường Suối Hoa, sáp nhập từ ngày 01/07/2025', '/don-vi/phuong-suoi-hoa/']]],
      ['don-vi/tinh-bac-ninh/index.html', [['Tỉnh Bắc Giang, sáp nhập từ ngày 01/07/2025', '/don-vi/tinh-bac-giang/']]],
    ] as const) {
      const $ = load(await readBuilt(outDir, file))
      expect($('.merged-units h2').text(), file).toMatch(/^Các đơn vị đã sáp nhập vào /)
      const items = $('.merged-units li')
        .map((_, li) => [[$(li).text().replace(/\s+/g, ' ').trim(), $(li).find('a').attr('href')!]])
        .get()
      expect(items, file).toEqual(merged)
      for (const [, href] of merged) expect(files).toContain(`${href.slice(1)}index.html`)
    }
    const bacGiang = load(await readBuilt(outDir, 'don-vi/tinh-bac-giang/index.html'))
    expect(bacGiang('.notice a').attr('href')).toBe('/don-vi/tinh-bac-ninh/')
  })

  it("gives a province's feed what its communes and wards publish, and lists no empty feed", async () => {
    const province = await new Parser().parseString(await readBuilt(outDir, 'rss/don-vi/tinh-bac-ninh.xml'))
    const titles = province.items.map((item) => item.title)
    expect(titles).toContain('Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải')
    expect(titles).toContain('Phường Kinh Bắc thí điểm tổ công nghệ số cộng đồng hỗ trợ người dân làm thủ tục')
    expect(titles).toContain('Tin riêng của tỉnh')
    expect(province.description).toBe('Tin của Tỉnh Bắc Ninh và các đơn vị trực thuộc.')
    // A unit's own page still lists its own news only.
    const page = load(await readBuilt(outDir, 'don-vi/tinh-bac-ninh/index.html'))
    expect(
      page('.article-card__title')
        .map((_, h) => page(h).text().trim())
        .get(),
    ).not.toContain('Xã Lục Ngạn đưa dịch vụ công đến tận vườn vải')

    // Every unit feed the feeds page and the OPML offer has items, and the two offer the same.
    const rssPage = load(await readBuilt(outDir, 'rss/index.html'))
    const offered = rssPage('.feed-list__url')
      .map((_, code) => rssPage(code).text())
      .get()
      .filter((url) => url.includes('/rss/don-vi/'))
    const opml = load(await readBuilt(outDir, 'rss/feeds.opml'), { xml: true })
    const inOpml = opml('outline[xmlUrl*="/rss/don-vi/"]')
      .map((_, outline) => opml(outline).attr('xmlUrl'))
      .get()
    expect(inOpml).toEqual(offered)
    expect(offered).toContain(`${SITE_URL}/rss/don-vi/tinh-bac-ninh.xml`)
    for (const url of offered) expect((await parseFeed(url.slice(SITE_URL.length + 1))).items.length, url).toBeGreaterThan(0)
    // A province with no news anywhere under it: its feed answers (for anyone subscribed) but is not offered.
    expect((await parseFeed('rss/don-vi/tinh-cao-bang.xml')).items).toEqual([])
    expect(offered).not.toContain(`${SITE_URL}/rss/don-vi/tinh-cao-bang.xml`)
    const empty = load(await readBuilt(outDir, 'don-vi/tinh-cao-bang/index.html'))
    expect(empty('link[rel=alternate][href$="/rss/don-vi/tinh-cao-bang.xml"]')).toHaveLength(0)
    expect(page('link[rel=alternate][href$="/rss/don-vi/tinh-bac-ninh.xml"]')).toHaveLength(1)
  })
})

describe('feeds for newsrooms and ward pages', () => {
  const parser = new Parser<{ image?: { url: string }; ttl?: string; itunes?: { image?: string } }, { contentEncoded: string; creator: string }>({
    customFields: {
      item: [
        ['content:encoded', 'contentEncoded'],
        ['dc:creator', 'creator'],
      ],
      feed: ['ttl'],
    },
  })

  it('publishes every feed as valid RSS 2.0 with the channel fields readers need', async () => {
    const feeds = (await listBuiltFiles(outDir)).filter((file) => file === 'rss.xml' || (file.startsWith('rss/') && file.endsWith('.xml')))
    expect(feeds.length).toBeGreaterThan(50)
    for (const file of feeds) {
      const text = await readBuilt(outDir, file)
      const feed = await parser.parseString(text)
      expect(feed.title, file).toBeTruthy()
      expect(text, file).toContain('<language>vi</language>')
      expect(text, file).toContain(`<atom:link href="${SITE_URL}/${file}" rel="self" type="application/rss+xml"/>`)
      expect(text, file).toContain('<?xml-stylesheet href="/rss/feed.xsl" type="text/xsl"?>')
      expect(feed.ttl, file).toBe('30')
      expect(feed.image?.url, file).toBe(`${SITE_URL}/feed-logo.png`)
      for (const item of feed.items) {
        expect(item.link, file).toMatch(new RegExp(`^${SITE_URL}/`))
        expect(item.guid, file).toMatch(/^tag:cchc\.example\.gov\.vn,2026:\w+:\d+$/)
        expect(item.pubDate, file).toMatch(/\+0700$/)
        expect(item.creator, file).toBeTruthy()
      }
    }
    expect(await readBuilt(outDir, 'rss/feed.xsl')).toContain('Đây là nguồn tin RSS')
  })

  it('gives a ward its own news plus what its province marked for grassroots republishing', async () => {
    const ward = await parser.parseString(await readBuilt(outDir, 'rss/don-vi/phuong-vo-cuong.xml'))
    const titles = ward.items.map((item) => item.title)
    expect(titles).toContain('Người dân phường Võ Cường đánh giá mức độ hài lòng qua mã QR')
    expect(titles).toContain('Tỉnh gửi xã phường đăng lại')
    expect(titles).not.toContain('Tin riêng của tỉnh')
    const merged = await parser.parseString(await readBuilt(outDir, 'rss/don-vi/phuong-suoi-hoa.xml'))
    expect(merged.description).toContain(`sáp nhập vào Phường Kinh Bắc: theo dõi ${SITE_URL}/rss/don-vi/phuong-kinh-bac.xml`)
  })

  it('has feeds for bulletins, documents (file attached), practices and radio (podcast-ready)', async () => {
    const bulletins = await parser.parseString(await readBuilt(outDir, 'rss/ban-tin.xml'))
    expect(bulletins.items).toHaveLength(10)
    expect(bulletins.items[0]!.contentEncoded).toContain('<h2>Cải cách thủ tục hành chính</h2>')
    const documents = await parser.parseString(await readBuilt(outDir, 'rss/van-ban.xml'))
    const plan = documents.items.find((item) => item.title?.includes('145/KH-UBND'))!
    expect(plan.enclosure).toMatchObject({ type: 'application/pdf' })
    expect(plan.enclosure!.url).toMatch(new RegExp(`^${SITE_URL}/media/document-files/.+\\.pdf$`))
    expect(Number(plan.enclosure!.length)).toBeGreaterThan(0)
    const practices = await parser.parseString(await readBuilt(outDir, 'rss/mo-hinh-hay.xml'))
    expect(practices.items.map((item) => item.title)).toContain('Tổ công nghệ số cộng đồng trực buổi tối')
    const radioXml = await readBuilt(outDir, 'rss/phat-thanh.xml')
    const radio = await parser.parseString(radioXml)
    expect(radio.items).toHaveLength(1)
    expect(radio.items[0]!.enclosure).toMatchObject({ type: 'audio/wav' })
    expect(radio.items[0]!.contentSnippet ?? radio.items[0]!.content).toContain('Thưa bà con')
    expect(radioXml).toContain('<itunes:explicit>false</itunes:explicit>')
    expect(radioXml).toMatch(/<itunes:image href="https:\/\/cchc\.example\.gov\.vn\/feed-logo\.png"/)
    expect(radioXml).toContain('<itunes:category text="Government"')
  })

  it('holds in /rss.xml what the CMS published, newest first, with the same links and dates', async () => {
    const feed = await parser.parseString(await readBuilt(outDir, 'rss.xml'))
    const { docs } = await cms.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, sort: '-publishedAt', limit: 50, depth: 0 })
    expect(feed.items.map((item) => item.title)).toEqual(docs.map((doc) => doc.title))
    expect(feed.items.map((item) => item.link)).toEqual(docs.map((doc) => `${SITE_URL}/tin-tuc/${doc.slug}/`))
    // RFC 822 carries whole seconds.
    const seconds = (date: string) => Math.floor(new Date(date).getTime() / 1000)
    expect(feed.items.map((item) => seconds(item.pubDate!))).toEqual(docs.map((doc) => seconds(doc.publishedAt!)))
  })

  it('makes script, handlers and javascript: links inert, URLs absolute and titles NFC', async () => {
    const feed = await parser.parseString(await readBuilt(outDir, 'rss.xml'))
    const item = feed.items.find((entry) => entry.title === 'Tin thử nội dung độc hại')!
    expect(item.title).toBe('Tin thử nội dung độc hại'.normalize('NFC'))
    const body = load(item.contentEncoded)
    expect(body('script, img, iframe').length).toBe(0)
    expect(
      body('*')
        .toArray()
        .flatMap((element) => Object.keys((element as { attribs?: object }).attribs ?? {}))
        .filter((name) => name.startsWith('on')),
    ).toEqual([])
    expect(
      body('a')
        .map((_, a) => body(a).attr('href'))
        .get()
        .filter((href) => /^\s*javascript:/i.test(href)),
    ).toEqual([])
    expect(item.contentEncoded).toContain('&lt;script&gt;')
    expect(item.contentEncoded).toContain(`href="${SITE_URL}/tin-tuc/xa-luc-ngan-dua-dich-vu-cong-den-tan-vuon-vai/"`)
    expect(item.contentEncoded).not.toMatch(/(href|src)="\//)
  })

  it('keeps plain text as text in readers that show title, description and itunes:summary (and OPML text) as HTML', async () => {
    const files = (await listBuiltFiles(outDir)).filter((file) => file === 'rss.xml' || file === 'rss/feeds.opml' || (file.startsWith('rss/') && file.endsWith('.xml')))
    const htmlFields: string[] = []
    for (const file of files) {
      const $ = load(await readBuilt(outDir, file), { xml: true })
      $('title, description, itunes\\:summary').each((_, element) => void htmlFields.push($(element).text()))
      $('outline').each((_, element) => void htmlFields.push(...['text', 'title', 'description'].map((name) => $(element).attr(name) ?? '')))
    }
    // Each field, read as HTML as such a reader does, is text only: no element, and the text as written.
    const asHtml = htmlFields.map((field) => load(`<div>${field}</div>`, null, false)('div'))
    expect(asHtml.filter((div) => div.children().length > 0).map((div) => div.html())).toEqual([])
    const shown = asHtml.map((div) => div.text())
    expect(shown).toContain(HOSTILE_TEXT)
    expect(shown).toContain(`Lĩnh vực thử ${HOSTILE_TEXT}`)
    expect(shown).toContain(`Tin về lĩnh vực thử ${HOSTILE_TEXT}.`)
  })

  it('offers ward sites a self-contained widget of their latest news', async () => {
    const widget = load(await readBuilt(outDir, 'nhung/don-vi/phuong-vo-cuong/index.html'))
    expect(widget('script').length).toBe(0)
    expect(widget('link[rel=stylesheet]').length).toBe(0)
    expect(widget('li a').first().attr('target')).toBe('_blank')
    expect(
      widget('li a')
        .map((_, a) => widget(a).text())
        .get(),
    ).toContain('Tỉnh gửi xã phường đăng lại')
    const rssPage = load(await readBuilt(outDir, 'rss/index.html'))
    expect(rssPage('.snippet').text()).toMatch(/^<iframe src="https:\/\/cchc\.example\.gov\.vn\/nhung\/don-vi\/[a-z0-9-]+\/" title=/)
  })

  it('lists every feed on /rss/ with its address, and in one OPML file', async () => {
    const page = load(await readBuilt(outDir, 'rss/index.html'))
    const urls = page('.feed-list__url')
      .map((_, code) => page(code).text())
      .get()
    expect(urls).toContain(`${SITE_URL}/rss/phat-thanh.xml`)
    expect(urls).toContain(`${SITE_URL}/rss/don-vi/phuong-kinh-bac.xml`)
    const opml = await readBuilt(outDir, 'rss/feeds.opml')
    for (const url of urls) expect(opml).toContain(`xmlUrl="${url}"`)
    const area = load(await readBuilt(outDir, 'linh-vuc/cai-cach-the-che/index.html'))
    expect(
      area('link[rel=alternate][type="application/rss+xml"]')
        .map((_, link) => area(link).attr('href'))
        .get(),
    ).toContain(`${SITE_URL}/rss/linh-vuc/cai-cach-the-che.xml`)
  })
})

describe('citizen feedback on the site', () => {
  const published = SAMPLE_FEEDBACK.filter((item) => item.published)
  const unpublished = SAMPLE_FEEDBACK.filter((item) => !item.published)

  it('loads only the published answers from the CMS', () => {
    expect(firstBuild.output).toMatch(new RegExp(`feedback: ${published.length} fetched, 0 removed, ${published.length} in total`))
  })

  it('lists published answers on /hoi-dap/ with the answering unit, and by area and unit', async () => {
    const files = await listBuiltFiles(outDir)
    const $ = load(await readBuilt(outDir, 'hoi-dap/index.html'))
    expect(
      $('.answer__title')
        .map((_, h) => $(h).text())
        .get()
        .sort(),
    ).toEqual(published.map((item) => item.subject).sort())
    const first = $('.answer').filter((_, article) => $(article).find('.answer__title').text() === published[0]!.subject)
    expect(first.find('.answer__reply h3').text()).toBe('Trả lời của Phường Kinh Bắc')
    expect(first.find('.answer__reply strong').text()).toBe('ngay trong ngày')
    expect(first.find('.answer__question').text()).toContain('bản sao giấy khai sinh')
    expect(files).toContain('hoi-dap/don-vi/phuong-kinh-bac/index.html')
    expect(files).toContain('hoi-dap/linh-vuc/cai-cach-thu-tuc-hanh-chinh/index.html')
    const byUnit = load(await readBuilt(outDir, 'hoi-dap/don-vi/xa-luc-ngan/index.html'))
    expect(
      byUnit('.answer__title')
        .map((_, h) => byUnit(h).text())
        .get(),
    ).toEqual([published[1]!.subject])
  })

  it('puts no personal data of any submission, and nothing unpublished, in any built file', async () => {
    const secrets = SAMPLE_FEEDBACK.flatMap((item) => [item.name, item.email ?? [], item.phone ?? []].flat())
    secrets.push(...unpublished.map((item) => item.subject))
    const tracking = (await cms.payload.find({ collection: 'feedback', limit: 10 })).docs.map((item) => item.trackingCode!)
    const texts = (await listBuiltFiles(outDir)).filter((file) => /\.(html|xml|json|txt|opml|csv|js)$/.test(file))
    expect(texts.length).toBeGreaterThan(50)
    for (const file of texts) {
      const text = await readBuilt(outDir, file)
      for (const secret of [...secrets, ...tracking]) expect(text, `${file} holds "${secret}"`).not.toContain(secret)
    }
  })

  it('has a feedback form that posts to the CMS endpoint without JavaScript, with current units only', async () => {
    const $ = load(await readBuilt(outDir, 'gop-y/index.html'))
    const form = $('form[data-feedback-form]')
    expect(form.attr('method')).toBe('post')
    expect(form.attr('action')).toBe('/api/feedback')
    expect(form.find('[name=name][required]')).toHaveLength(1)
    const units = form
      .find('select[name=unit] option')
      .map((_, option) => $(option).text())
      .get()
    expect(units).toContain('Phường Kinh Bắc')
    expect(units).toContain('Tỉnh Bắc Ninh')
    expect(units).not.toContain('Phường Suối Hoa')
    expect(form.find('select[name=reformArea] option[value!=""]')).toHaveLength(7)
    expect(form.find('[name=website][tabindex="-1"]')).toHaveLength(1)
    // The one script is a file of the site's own (the Content-Security-Policy allows no inline script).
    const scripts = $('script:not([type="application/ld+json"])')
    expect(scripts.length).toBeGreaterThan(0)
    scripts.each((_, script) => expect($(script).attr('src')).toMatch(/^\/_astro\/.+\.js$/))
    const lookup = load(await readBuilt(outDir, 'gop-y/tra-cuu/index.html'))
    expect(lookup('form[data-status-form]').attr('action')).toBe('/api/feedback/status')
    expect(lookup('form[data-status-form] input').attr('name')).toBe('ma')
  })
})

describe('e-mail subscriptions on the site', () => {
  const page = async () => load(await readBuilt(outDir, 'dang-ky-nhan-tin/index.html'))

  it('has a form that posts to the CMS endpoint without JavaScript, with every reform area and current unit', async () => {
    const $ = await page()
    const form = $('form[data-subscription-form]')
    expect(form.attr('method')).toBe('post')
    expect(form.attr('action')).toBe(SUBSCRIPTION_API.subscribe)
    expect(form.attr('data-start-url')).toBe(SUBSCRIPTION_API.start)
    expect(form.find('input[type=email][required]').attr('name')).toBe(SUBSCRIPTION_FIELDS.email)
    for (const box of [SUBSCRIPTION_FIELDS.bulletins, SUBSCRIPTION_FIELDS.documents]) expect(form.find(`input[type=checkbox][name=${box}]`), box).toHaveLength(1)

    const areas = (await cms.payload.find({ collection: 'reform-areas', pagination: false, depth: 0 })).docs
    const areaBoxes = form.find(`input[type=checkbox][name=${SUBSCRIPTION_FIELDS.reformAreas}]`)
    expect(
      areaBoxes
        .map((_, box) => Number($(box).attr('value')))
        .get()
        .sort(),
    ).toEqual(areas.map((area) => area.id).sort())
    expect(areaBoxes.map((_, box) => $(box).parent('label').text().trim()).get()).toContain('Cải cách thể chế')

    const units = (await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })).docs
    const current = units.filter((unit) => !unit.dissolvedAt)
    expect(current.length).toBeLessThan(units.length)
    const unitBoxes = form.find(`input[type=checkbox][name=${SUBSCRIPTION_FIELDS.units}]`)
    expect(
      unitBoxes
        .map((_, box) => Number($(box).attr('value')))
        .get()
        .sort(),
    ).toEqual(current.map((unit) => unit.id).sort())
    const unitLabels = unitBoxes.map((_, box) => $(box).parent('label').text().trim()).get()
    expect(unitLabels).toContain('Phường Kinh Bắc')
    expect(unitLabels).toContain('Tỉnh Bắc Ninh (cùng các đơn vị trực thuộc)')
    expect(unitLabels.join('\n')).not.toContain('Phường Suối Hoa')
    // Grouped under their province, the province first in its group.
    const bacNinh = form.find('details').filter((_, group) => $(group).find('summary').text() === 'Tỉnh Bắc Ninh')
    expect(bacNinh.find('label').first().text().trim()).toBe('Tỉnh Bắc Ninh (cùng các đơn vị trực thuộc)')
    expect(
      bacNinh
        .find('label')
        .map((_, label) => $(label).text().trim())
        .get(),
    ).toContain('Phường Võ Cường')

    expect(
      form
        .find(`input[type=radio][name=${SUBSCRIPTION_FIELDS.frequency}]`)
        .map((_, radio) => $(radio).attr('value'))
        .get(),
    ).toEqual(SUBSCRIPTION_FREQUENCIES.map((frequency) => frequency.value))
    expect(form.find(`input[name=${SUBSCRIPTION_FIELDS.frequency}][checked]`).attr('value')).toBe('immediate')
    expect(form.find(`.form-trap[aria-hidden=true] input[name=${SUBSCRIPTION_FIELDS.honeypot}][tabindex="-1"]`)).toHaveLength(1)
    expect(form.find(`input[type=hidden][name=${SUBSCRIPTION_FIELDS.startToken}]`)).toHaveLength(1)
    // No field the endpoint does not know.
    const names = new Set(
      form
        .find('[name]')
        .map((_, control) => $(control).attr('name'))
        .get(),
    )
    expect([...names].filter((name) => !(Object.values(SUBSCRIPTION_FIELDS) as string[]).includes(name))).toEqual([])
    expect($('.form-note').text()).toMatch(/chỉ dùng để gửi những gì bạn chọn.*hủy đăng ký.*7 ngày/s)
    const scripts = $('script:not([type="application/ld+json"])')
    expect(scripts.length).toBeGreaterThan(0)
    scripts.each((_, script) => expect($(script).attr('src')).toMatch(/^\/_astro\/.+\.js$/))
  })

  it('sends what the CMS schema accepts, as a browser would send the form', async () => {
    const $ = await page()
    const form = $('form[data-subscription-form]')
    // The browser sends named, enabled controls; of boxes only the ticked ones.
    const tick = new Set([form.find(`[name=${SUBSCRIPTION_FIELDS.bulletins}]`).get(0), ...form.find(`[name=${SUBSCRIPTION_FIELDS.reformAreas}]`).slice(0, 2).get()])
    form
      .find(`[name=${SUBSCRIPTION_FIELDS.units}]`)
      .filter((_, box) => $(box).parent('label').text().trim() === 'Phường Kinh Bắc')
      .each((_, box) => void tick.add(box))
    const sent = new URLSearchParams()
    form.find('[name]').each((_, control) => {
      const $control = $(control)
      const type = $control.attr('type')
      if ((type === 'checkbox' || type === 'radio') && !tick.has(control) && !(type === 'radio' && $control.is('[checked]'))) return
      sent.append(
        $control.attr('name')!,
        $control.attr('name') === SUBSCRIPTION_FIELDS.email ? 'Nguoi.Dan@Example.VN' : ($control.attr('value') ?? (type === 'checkbox' ? 'on' : '')),
      )
    })
    const parsed = subscriptionRequestSchema.safeParse(formFields(sent))
    expect(parsed.error?.issues).toBeUndefined()
    const kinhBac = (await cms.payload.find({ collection: 'units', where: { name: { equals: 'Phường Kinh Bắc' } } })).docs[0]!
    expect(parsed.data).toMatchObject({ email: 'nguoi.dan@example.vn', bulletins: true, documents: false, units: [kinhBac.id], frequency: 'immediate' })
    expect(parsed.data!.reformAreas).toHaveLength(2)
  })

  it('is linked from every page, the bulletins and feeds pages, and each reform area and current unit with that choice ticked', async () => {
    const home = load(await readBuilt(outDir, 'index.html'))
    expect(
      home('.site-footer a')
        .filter((_, a) => home(a).text() === 'Nhận tin qua thư điện tử')
        .attr('href'),
    ).toBe('/dang-ky-nhan-tin/')
    for (const file of ['ban-tin/index.html', 'rss/index.html']) {
      const $ = load(await readBuilt(outDir, file))
      expect($('main a[href="/dang-ky-nhan-tin/"]').length, file).toBe(1)
    }
    const area = (await cms.payload.find({ collection: 'reform-areas', where: { slug: { equals: 'cai-cach-the-che' } } })).docs[0]!
    const areaPage = load(await readBuilt(outDir, 'linh-vuc/cai-cach-the-che/index.html'))
    expect(areaPage(`main a[href="/dang-ky-nhan-tin/?linh-vuc=${area.id}"]`).text()).toBe('Nhận tin lĩnh vực này qua thư điện tử')
    const ward = (await cms.payload.find({ collection: 'units', where: { slug: { equals: 'phuong-kinh-bac' } } })).docs[0]!
    const wardPage = load(await readBuilt(outDir, 'don-vi/phuong-kinh-bac/index.html'))
    expect(wardPage(`main a[href="/dang-ky-nhan-tin/?don-vi=${ward.id}"]`)).toHaveLength(1)
    // A merged unit sends nothing any more.
    const merged = load(await readBuilt(outDir, 'don-vi/phuong-suoi-hoa/index.html'))
    expect(merged('main a[href^="/dang-ky-nhan-tin/"]')).toHaveLength(0)
  })
})

describe('rebuilding after changes in the CMS', () => {
  it('picks up an edit, and drops unpublished and deleted articles from pages and feed', async () => {
    const edited = await createArticle({ title: 'Tin sẽ được sửa' })
    const unpublished = await createArticle({ title: 'Tin sẽ bị gỡ xuống' })
    const deleted = await createArticle({ title: 'Tin sẽ bị xóa' })
    expect((await build()).code).toBe(0)
    expect(await readBuilt(outDir, 'rss.xml')).toContain('Tin sẽ bị gỡ xuống')

    const guidBefore = (await parseFeed('rss.xml')).items.find((item) => item.title === 'Tin sẽ được sửa')!.guid
    await cms.payload.update({ collection: 'articles', id: edited.id, data: { title: 'Tin đã được sửa lại', slug: 'tin-da-duoc-sua-lai' } })
    await cms.payload.update({ collection: 'articles', id: unpublished.id, data: { _status: 'draft' } })
    await cms.payload.delete({ collection: 'articles', id: deleted.id })
    const rebuild = await build()
    expect(rebuild.code).toBe(0)
    expect(rebuild.output).toMatch(/articles: 1 fetched, 2 removed/)

    const files = await listBuiltFiles(outDir)
    expect(load(await readBuilt(outDir, 'tin-tuc/tin-da-duoc-sua-lai/index.html'))('h1').text()).toBe('Tin đã được sửa lại')
    // The listing ends with the oldest published ones.
    const listing = load(await readBuilt(outDir, 'tin-tuc/index.html'))
    expect(
      listing('.article-card__title')
        .map((_, h) => listing(h).text().trim())
        .get()
        .slice(-5),
    ).toEqual([
      'Tin riêng của tỉnh',
      'Tỉnh gửi xã phường đăng lại',
      'Đêm giao thừa, bộ phận một cửa vẫn nhận hồ sơ trực tuyến',
      'Tin có ký tự đặc biệt',
      'Tin thử nội dung độc hại',
    ])
    expect(files).not.toContain(`tin-tuc/${unpublished.slug}/index.html`)
    expect(files).not.toContain(`tin-tuc/${deleted.slug}/index.html`)
    // Edited: same guid under its new title and address; unpublished or deleted: in no feed at all.
    const after = await parseFeed('rss.xml')
    expect(after.items.find((item) => item.title === 'Tin đã được sửa lại')!.guid).toBe(guidBefore)
    for (const file of (await listBuiltFiles(outDir)).filter((name) => name.endsWith('.xml'))) {
      const text = await readBuilt(outDir, file)
      expect(text, file).not.toContain('Tin sẽ bị gỡ xuống')
      expect(text, file).not.toContain('Tin sẽ bị xóa')
    }
  })
})

describe('a build with a bad document, or none to be done', () => {
  it('leaves out an invalid document, names it and its field, and builds the rest', async () => {
    const bad = await createArticle({ title: 'Bài có đường dẫn hỏng' })
    await sql(cms.databaseUrl, `UPDATE articles SET slug = 'Đường dẫn SAI', updated_at = now() WHERE id = $1`, [bad.id])
    const result = await build()
    expect(result.code).toBe(0)
    expect(result.output).toContain(`articles ${bad.id} ("Bài có đường dẫn hỏng") left out of the site, invalid: slug:`)
    const files = await listBuiltFiles(outDir)
    expect(files).toContain('index.html')
    expect(files.some((file) => file.includes('ng-d-n-sai') || file.includes('Đường dẫn SAI'))).toBe(false)
    expect(await readBuilt(outDir, 'rss.xml')).not.toContain('Bài có đường dẫn hỏng')
    await cms.payload.delete({ collection: 'articles', id: bad.id })
  })

  it('says clearly when the CMS cannot be reached, and leaves the previous site as it was', async () => {
    const before = await listBuiltFiles(outDir)
    const closed = `http://127.0.0.1:${await freePort()}`
    const result = await build(outDir, await tempDir('reform-cache-'), closed)
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(`Cannot reach the CMS at ${closed}`)
    expect(await listBuiltFiles(outDir)).toEqual(before)
  })
})
