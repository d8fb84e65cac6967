import { existsSync } from 'node:fs'
import path from 'node:path'
import { load } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDateVi, publicPaths, toVietnamIso } from '@reform/shared'
import type { BuildResult } from './support/buildSite'
import { readBuilt } from './support/builtFiles'
import { buildInTempDirs, startSeededCms, type SeededCms, type TempBuild } from './support/seededSite'

const SITE_URL = 'https://cchc.example.gov.vn'

type Issue = { year: number; number: number; issueDate: string; title: string }

let seeded: SeededCms
let site: TempBuild
let outDir: string
let build: BuildResult
/** Every published issue, newest first, as the CMS has them. */
let published: Issue[]

const builtPage = (pathname: string) => path.join(outDir, pathname, 'index.html')
const page = async (pathname: string) => load(await readBuilt(outDir, path.join(pathname, 'index.html')))

beforeAll(async () => {
  seeded = await startSeededCms()
  const { cms } = seeded
  // Two past years with issues (created out of order), a year between them with none, and a year
  // whose only issue is a draft. Noon in Vietnam, so each date is in its year whatever the zone.
  const issues: Array<{ issueDate: string; number: number; title?: string; draft?: true }> = [
    { issueDate: '2021-03-10T05:00:00.000Z', number: 2, title: 'Bản tin chuyên đề chuyển đổi số' },
    { issueDate: '2019-12-31T05:00:00.000Z', number: 2 },
    { issueDate: '2021-01-05T05:00:00.000Z', number: 1 },
    { issueDate: '2019-06-15T05:00:00.000Z', number: 1 },
    { issueDate: '2021-07-20T05:00:00.000Z', number: 3 },
    { issueDate: '2018-05-05T05:00:00.000Z', number: 1, draft: true },
  ]
  for (const { draft = false, ...data } of issues) {
    await cms.payload.create({ collection: 'bulletins', draft, data: { ...data, sections: [], _status: draft ? 'draft' : 'published' } as never })
  }
  const { docs } = await cms.payload.find({ collection: 'bulletins', where: { _status: { equals: 'published' } }, sort: '-issueDate', limit: 100, depth: 0 })
  published = docs.map(({ year, number, issueDate, title }) => ({ year: year!, number: number!, issueDate, title: title! }))
  site = await buildInTempDirs(seeded.cmsUrl, SITE_URL, 'years')
  ;({ outDir, build } = site)
})

afterAll(async () => {
  await seeded?.stop()
  await site?.remove()
})

const yearsOf = (issues: Issue[]) => [...new Set(issues.map((issue) => issue.year))]

describe('bulletin issues by year', () => {
  it('builds', () => {
    expect(build.output).toContain('Complete!')
    expect(build.code).toBe(0)
    // The seed's own issues are in the last weeks; these tests add 2019 and 2021.
    expect(yearsOf(published)).toEqual(expect.arrayContaining([2021, 2019]))
    expect(published.filter((issue) => issue.year === 2021).map((issue) => issue.number)).toEqual([3, 2, 1])
  })

  it("lists exactly each year's published issues, newest first, linking to their pages", async () => {
    for (const year of yearsOf(published)) {
      const expected = published.filter((issue) => issue.year === year)
      const $ = await page(publicPaths.bulletinYear(year))
      expect($('h1').text()).toBe(`Bản tin điện tử cải cách hành chính năm ${year}`)
      expect(
        $('.breadcrumbs a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(['/', '/ban-tin/'])
      expect($('.breadcrumbs [aria-current=page]').text()).toBe(`Năm ${year}`)
      const rows = $('.bulletin-table tbody tr')
        .map((_, row) => ({
          number: $(row).find('td').first().text(),
          date: $(row).find('time').text(),
          datetime: $(row).find('time').attr('datetime'),
          title: $(row).find('a').text(),
          href: $(row).find('a').attr('href'),
        }))
        .get()
      expect(rows).toEqual(
        expected.map((issue) => ({
          number: `${issue.number}/${year}`,
          date: formatDateVi(issue.issueDate),
          datetime: toVietnamIso(issue.issueDate),
          title: issue.title,
          href: publicPaths.bulletinIssue(year, issue.number),
        })),
      )
      for (const { href, title } of rows) {
        expect(existsSync(builtPage(href!)), href).toBe(true)
        expect((await page(href!))('h1').text()).toBe(title)
      }
    }
  })

  it('orders issues of a year given out of order by their date', async () => {
    const $ = await page('/ban-tin/2019/')
    expect(
      $('.bulletin-table tbody time')
        .map((_, time) => $(time).text())
        .get(),
    ).toEqual(['31/12/2019', '15/06/2019'])
    expect(
      $('.bulletin-table tbody a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/ban-tin/2019/so-2/', '/ban-tin/2019/so-1/'])
  })

  it('has no page for a year without a published issue', () => {
    for (const year of [2020, 2018, 2017]) expect(existsSync(builtPage(publicPaths.bulletinYear(year))), String(year)).toBe(false)
  })

  it('links every year page from the bulletins page, newest year first, and lists them in the sitemap', async () => {
    const $ = await page(publicPaths.bulletinList())
    const years = yearsOf(published).sort((a, b) => b - a)
    expect(
      $('.bulletin-years a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(years.map((year) => publicPaths.bulletinYear(year)))
    expect(
      $('.bulletin-years a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(years.map((year) => `Năm ${year}`))
    const sitemap = await readBuilt(outDir, 'sitemap-0.xml')
    for (const year of years) expect(sitemap).toContain(`<loc>${SITE_URL}${publicPaths.bulletinYear(year)}</loc>`)
    expect(sitemap).not.toContain(`${SITE_URL}/ban-tin/2020/`)
    expect(sitemap).not.toContain(`${SITE_URL}/ban-tin/2018/`)
  })

  it('leads from an issue back to its year, and has a print button that needs JavaScript and does not print', async () => {
    const $ = await page(publicPaths.bulletinIssue(2021, 2))
    expect(
      $('.breadcrumbs a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/', '/ban-tin/', '/ban-tin/2021/'])
    const button = $('button.print-button')
    expect(button).toHaveLength(1)
    expect(button.text()).toBe('In bản tin')
    expect(button.attr('type')).toBe('button')
    // The one handler the Content-Security-Policy allows by its hash (deploy/nginx/nginx.conf).
    expect(
      $('[onclick]')
        .map((_, element) => $(element).attr('onclick'))
        .get(),
    ).toEqual(['window.print()'])
    expect(button.closest('.no-print')).toHaveLength(1)
    expect($('noscript').text()).toContain('.print-button { display: none; }')
  })
})
