import { existsSync } from 'node:fs'
import path from 'node:path'
import { load } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ABBREVIATIONS, publicPaths, readingTime } from '@reform/shared'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import type { TestCms } from '../../cms/test/support/testCms'
import { checkBuiltSite, listBuiltFiles } from '../../builder/src/releases/checkBuiltSite'
import { SAMPLE_PROVINCE } from '../../scripts/src/seed/sampleUnits'
import type { BuildResult } from './support/buildSite'
import { readBuilt } from './support/builtFiles'
import { buildInTempDirs, startSeededCms, type SeededCms, type TempBuild } from './support/seededSite'

const SITE_URL = 'https://cchc.example.gov.vn'

// Times fixed so the week is known: Monday 9 to Sunday 15 March 2026 in Vietnam.
const GRASSROOTS = {
  title: 'UBND tỉnh đẩy mạnh CCHC ở cấp xã'.normalize('NFD'),
  summary: 'Đã có 95% TTHC được giải quyết đúng hạn.'.normalize('NFD'),
  body: [
    'Ngày 12/3/2026, lúc 14h30, UBND tỉnh ban hành Kế hoạch số 145/KH-UBND về CCHC.',
    '<script>alert("TTHC")</script><b>Người dân</b> được hướng dẫn làm TTHC trên ứng dụng VNeID.',
  ],
  publishedAt: '2026-03-12T03:00:00.000Z',
}
const WITH_SCRIPT = {
  title: 'Tỉnh hướng dẫn bà con nộp hồ sơ trực tuyến',
  radioScript: 'Thưa bà con, từ 1/4/2026 UBND xã nhận hồ sơ DVCTT cả ngày thứ 7.',
  body: 'Nội dung bài viết dài không được đọc trên loa.',
  // Tuesday 10 March, 00:30 in Vietnam.
  publishedAt: '2026-03-09T17:30:00.000Z',
}
// Sunday 8 March, 23:59 in Vietnam: the week before.
const LAST_WEEK = { title: 'Tin tỉnh gửi cấp xã tuần trước', publishedAt: '2026-03-08T16:59:00.000Z' }
const NOT_GRASSROOTS = { title: 'Tin nội bộ của tỉnh không đọc trên loa', publishedAt: '2026-03-11T03:00:00.000Z' }

let seeded: SeededCms
let cms: TestCms
let site: TempBuild
let outDir: string
let build: BuildResult
let areaId: number
/** Slugs the CMS gave the articles above. */
const slugs: Record<'grassroots' | 'withScript' | 'lastWeek' | 'notGrassroots', string> = {} as never
/** A ward of the province with no news of its own: its week is the province's grassroots items. */
let ward: { slug: string; name: string }
let dissolvedWard: string

const createArticle = async (data: Record<string, unknown>) =>
  (
    await cms.payload.create({
      collection: 'articles',
      data: { body: lexicalBody('Nội dung.'), reformAreas: [areaId], _status: 'published', ...data } as never,
    })
  ).slug!

const text = async (file: string) => (await readBuilt(outDir, file)).replace(/^\uFEFF/, '')
const page = async (pathname: string) => load(await readBuilt(outDir, path.join(pathname, 'index.html')))
const builtFile = (pathname: string) => path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname)

/** Keys of the abbreviation table still written as such. */
const rawAbbreviations = (spoken: string) =>
  Object.keys(ABBREVIATIONS).filter((key) => new RegExp(`(?<![\\p{L}\\p{N}])${key.replace(/\./g, '\\.')}${key.endsWith('.') ? '' : '(?![\\p{L}\\p{N}])'}`, 'u').test(spoken))

beforeAll(async () => {
  seeded = await startSeededCms()
  cms = seeded.cms
  areaId = (await cms.payload.find({ collection: 'reform-areas', limit: 1 })).docs[0]!.id
  const province = (await cms.payload.find({ collection: 'units', where: { name: { equals: SAMPLE_PROVINCE } } })).docs[0]!
  const created = await cms.payload.create({ collection: 'units', data: { name: 'Phường Thử Loa', type: 'ward', parent: province.id } })
  ward = { slug: created.slug!, name: created.name }
  dissolvedWard = (await cms.payload.find({ collection: 'units', where: { name: { equals: 'Phường Suối Hoa' } } })).docs[0]!.slug!
  const units = [province.id]
  slugs.grassroots = await createArticle({
    title: GRASSROOTS.title,
    summary: GRASSROOTS.summary,
    body: lexicalBody(...GRASSROOTS.body.map((paragraph) => paragraph.normalize('NFD'))),
    units,
    forGrassroots: true,
    publishedAt: GRASSROOTS.publishedAt,
  })
  slugs.withScript = await createArticle({ ...WITH_SCRIPT, body: lexicalBody(WITH_SCRIPT.body), units, forGrassroots: true })
  slugs.lastWeek = await createArticle({ ...LAST_WEEK, units, forGrassroots: true })
  slugs.notGrassroots = await createArticle({ ...NOT_GRASSROOTS, units })
  site = await buildInTempDirs(seeded.cmsUrl, SITE_URL, 'loa')
  ;({ outDir, build } = site)
})

afterAll(async () => {
  await seeded?.stop()
  await site?.remove()
})

describe('announcer scripts for commune loudspeakers', () => {
  it('builds, with every internal link resolving', async () => {
    expect(build.output).toContain('Complete!')
    expect(build.code).toBe(0)
    expect((await checkBuiltSite(outDir, SITE_URL)).problems).toEqual([])
  })

  it("reads a grassroots article's title, summary and body out in full, with no markup", async () => {
    const file = publicPaths.announcerScriptText(slugs.grassroots).slice(1)
    const script = await text(file)
    expect(script.startsWith('Cổng thông tin cải cách hành chính, tin ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu.\n')).toBe(true)
    expect(script).toContain('Ủy ban nhân dân tỉnh đẩy mạnh cải cách hành chính ở cấp xã')
    expect(script).toContain('Đã có chín mươi lăm phần trăm thủ tục hành chính được giải quyết đúng hạn.')
    expect(script).toContain(
      'Ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu, lúc mười bốn giờ ba mươi phút, Ủy ban nhân dân tỉnh ban hành Kế hoạch số một trăm bốn mươi lăm trên Kế hoạch Ủy ban nhân dân về cải cách hành chính.',
    )
    expect(script).toContain('Người dân được hướng dẫn làm thủ tục hành chính trên ứng dụng Vê-en-e-ai-đi.')
    expect(script).not.toContain('alert')
    expect(script).not.toMatch(/[<>]|&\w+;/)
    expect(rawAbbreviations(script)).toEqual([])
    expect(script.normalize('NFC')).toBe(script)
    // The reading time of what is said (every number in it in words), at 150 words a minute.
    const said = script.replace(/^\(Thời lượng: .*\)$/m, '')
    expect(said).not.toMatch(/\d/)
    expect(script).toContain(`\n(Thời lượng: ${readingTime(said).label})\n`)
  })

  it('has no markup and no abbreviation of the table in any script the build made', async () => {
    const scripts = (await listBuiltFiles(outDir)).filter((file) => file.endsWith('.txt') && file !== 'robots.txt')
    expect(scripts.length).toBeGreaterThan(3)
    for (const file of scripts) {
      const script = await text(file)
      expect(script, file).not.toMatch(/[<>]/)
      expect(rawAbbreviations(script), file).toEqual([])
      expect(script, file).toMatch(/\n\(Thời lượng: khoảng (nửa phút|\d+ phút( rưỡi)?) đọc\)\n/)
    }
  })

  it("reads the editor's radio script instead of the article when there is one", async () => {
    const script = await text(publicPaths.announcerScriptText(slugs.withScript).slice(1))
    expect(script).toContain('Thưa bà con, từ ngày một tháng tư năm hai nghìn không trăm hai mươi sáu Ủy ban nhân dân xã nhận hồ sơ dịch vụ công trực tuyến cả ngày thứ bảy.')
    expect(script).not.toContain('Nội dung bài viết dài')
  })

  it('has a page in large type that links to the text, linked from the article', async () => {
    const $ = await page(publicPaths.announcerScript(slugs.grassroots))
    expect($('h1').text()).toBe(`Bản đọc loa: ${GRASSROOTS.title.normalize('NFC')}`)
    expect($(`a[href="${publicPaths.announcerScriptText(slugs.grassroots)}"]`)).toHaveLength(1)
    expect($('.announcer-script__text').text()).toContain('Ủy ban nhân dân tỉnh đẩy mạnh cải cách hành chính ở cấp xã')
    expect($('.announcer-script img, .announcer-script script')).toHaveLength(0)
    expect($('[role=note]').text()).toContain('phát thanh viên')
    const article = await page(publicPaths.article(slugs.grassroots))
    const link = article(`a[href="${publicPaths.announcerScript(slugs.grassroots)}"]`)
    expect(link.text()).toBe('Bản đọc loa (kịch bản phát thanh)')
    expect(link.closest('.no-print')).toHaveLength(1)
  })

  it('makes no script of an article not marked for grassroots', async () => {
    expect(existsSync(builtFile(publicPaths.article(slugs.notGrassroots)))).toBe(true)
    expect(existsSync(builtFile(publicPaths.announcerScript(slugs.notGrassroots)))).toBe(false)
    expect(existsSync(builtFile(publicPaths.announcerScriptText(slugs.notGrassroots)))).toBe(false)
    const $ = await page(publicPaths.article(slugs.notGrassroots))
    expect($('a[href*="doc-loa"]')).toHaveLength(0)
  })

  it("gathers a ward's week: every grassroots item of the province in it, newest first, and nothing else", async () => {
    const script = await text(publicPaths.unitAnnouncerScriptText(ward.slug).slice(1))
    expect(script.split('\n')[0]).toBe(
      'Cổng thông tin cải cách hành chính, chương trình phát thanh tuần của Phường Thử Loa, từ ngày chín tháng ba đến ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu, gồm hai tin.',
    )
    expect(script).toContain('Tin thứ nhất, ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu.\n\nỦy ban nhân dân tỉnh đẩy mạnh cải cách hành chính ở cấp xã')
    expect(script).toContain('Tin thứ hai, ngày mười tháng ba năm hai nghìn không trăm hai mươi sáu.\n\nThưa bà con')
    expect(script).not.toContain('tuần trước')
    expect(script).not.toContain('Tin nội bộ')
    const said = script.replace(/^\(Thời lượng: .*\)$/m, '')
    expect(script).toContain(`\n(Thời lượng: ${readingTime(said).label})\n`)

    const $ = await page(publicPaths.unitAnnouncerScript(ward.slug))
    expect($('h1').text()).toBe('Kịch bản phát thanh tuần: Phường Thử Loa')
    expect($('.breadcrumbs [aria-current=page]').text()).toBe('Kịch bản phát thanh tuần 09/03 – 15/03/2026')
    expect(
      $('.announcer-script__text h2')
        .map((_, h2) => $(h2).text())
        .get(),
    ).toEqual(['Tin thứ nhất, ngày mười hai tháng ba năm hai nghìn không trăm hai mươi sáu.', 'Tin thứ hai, ngày mười tháng ba năm hai nghìn không trăm hai mươi sáu.'])
    expect($(`a[href="${publicPaths.unitAnnouncerScriptText(ward.slug)}"]`)).toHaveLength(1)
    const unitPage = await page(publicPaths.unit(ward.slug))
    expect(unitPage(`a[href="${publicPaths.unitAnnouncerScript(ward.slug)}"]`).text()).toBe('Kịch bản phát thanh tuần')
  })

  it('has no weekly script for a dissolved unit', async () => {
    expect(existsSync(builtFile(publicPaths.unit(dissolvedWard)))).toBe(true)
    expect(existsSync(builtFile(publicPaths.unitAnnouncerScript(dissolvedWard)))).toBe(false)
    expect(existsSync(builtFile(publicPaths.unitAnnouncerScriptText(dissolvedWard)))).toBe(false)
    expect((await page(publicPaths.unit(dissolvedWard)))('a[href*="doc-loa"]')).toHaveLength(0)
  })
})
