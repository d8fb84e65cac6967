import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexicalBody } from '../../cms/test/support/lexicalBody'
import { serveRest } from '../../cms/test/support/restServer'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { freePort } from '../../scripts/src/process/ports'
import { seedSampleContent } from '../../scripts/src/seed/seedSampleContent'
import { serveStatic } from '../../scripts/src/site/serveStatic'
import { launchChromium } from './support/browser'
import { buildSite } from './support/buildSite'

const axeSource = createRequire(import.meta.url)('axe-core').source as string

let cms: TestCms
let cmsServer: { close: () => Promise<void> }
let site: { url: string; close: () => Promise<void> }
let browser: Browser
let outDir: string
let cacheDir: string

beforeAll(async () => {
  const cmsPort = await freePort()
  cms = await startTestCms({ publicUrl: `http://127.0.0.1:${cmsPort}` })
  cmsServer = await serveRest(cms, cmsPort)
  await seedSampleContent(cms.payload)
  const area = (await cms.payload.find({ collection: 'reform-areas', limit: 1 })).docs[0]!
  await cms.payload.create({
    collection: 'articles',
    data: {
      title: 'Đổi mới cải cách thủ tục hành chính ở cấp xã',
      body: lexicalBody('Xã rút ngắn thời gian giải quyết hồ sơ đất đai.'),
      reformAreas: [area.id],
      _status: 'published',
    },
  })
  // A near spelling (đối for đổi) competes for the same unaccented words.
  await cms.payload.create({
    collection: 'articles',
    data: {
      title: 'Đối thoại cải cách thủ tục với doanh nghiệp mới thành lập',
      body: lexicalBody('Đối thoại về thủ tục cho doanh nghiệp mới.'),
      reformAreas: [area.id],
      _status: 'published',
    },
  })
  outDir = await mkdtemp(path.join(tmpdir(), 'reform-browser-site-'))
  cacheDir = await mkdtemp(path.join(tmpdir(), 'reform-browser-cache-'))
  const sitePort = await freePort()
  const build = await buildSite({ cmsUrl: `http://127.0.0.1:${cmsPort}`, siteUrl: `http://127.0.0.1:${sitePort}`, outDir, cacheDir })
  if (build.code !== 0) throw new Error(`site build failed:\n${build.output}`)
  // The public site must work with the CMS switched off.
  await cmsServer.close()
  site = await serveStatic(outDir, sitePort)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await cms?.stop()
  await Promise.all([outDir, cacheDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })))
})

async function open(pathname: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  const response = await page.goto(new URL(pathname, site.url).href, { waitUntil: 'networkidle' })
  expect(response?.status(), pathname).toBe(200)
  return page
}

describe('search', () => {
  it('finds accented content from an unaccented query, exact accents first', async () => {
    const page = await open('/tim-kiem/')
    await page.fill('.pagefind-ui__search-input', 'doi moi cai cach thu tuc')
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 })
    await page.waitForLoadState('networkidle')
    const firstResult = () => page.locator('.pagefind-ui__result-link').first().textContent()
    // Without accents both spellings match; the đổi one is among the first results.
    expect((await page.locator('.pagefind-ui__result-link').allTextContents()).slice(0, 2)).toContain('Đổi mới cải cách thủ tục hành chính ở cấp xã')

    // An excerpt that matched the hidden d-spellings shows the real words.
    await page.fill('.pagefind-ui__search-input', 'dat dai')
    await expect.poll(async () => (await page.locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ')).toMatch(/đất đai/)
    expect((await page.locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ')).not.toMatch(/\bdất\b|\bdai\b/)

    await page.fill('.pagefind-ui__search-input', 'chinh phu so')
    await expect.poll(async () => (await page.locator('.pagefind-ui__result').allTextContents()).join(' ')).toMatch(/Chính phủ số/)

    // Typed with its accents, the exact spelling comes first, before the near one (đối).
    await page.fill('.pagefind-ui__search-input', 'đổi mới cải cách')
    await expect.poll(firstResult).toBe('Đổi mới cải cách thủ tục hành chính ở cấp xã')
    await page.fill('.pagefind-ui__search-input', 'đối thoại')
    await expect.poll(firstResult).toBe('Đối thoại cải cách thủ tục với doanh nghiệp mới thành lập')
    await page.close()
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = {
    home: '/',
    'news list': '/tin-tuc/',
    article: '/tin-tuc/phuong-kinh-bac-thi-diem-to-cong-nghe-so-cong-dong-ho-tro-nguoi-dan-lam-thu-tuc/',
    'reform area': '/linh-vuc/cai-cach-thu-tuc-hanh-chinh/',
    unit: '/don-vi/phuong-suoi-hoa/',
    bulletins: '/ban-tin/',
    documents: '/van-ban/',
    'documents of one type': '/van-ban/loai/plan/',
    'practices of one unit': '/mo-hinh-hay/don-vi/xa-luc-ngan/',
    document: '/van-ban/ke-hoach-cai-cach-hanh-chinh-tinh-nam-2026/',
    practices: '/mo-hinh-hay/',
    practice: '/mo-hinh-hay/to-cong-nghe-so-cong-dong-truc-buoi-toi/',
    results: '/chi-so/',
    search: '/tim-kiem/',
    feeds: '/rss/',
    'ward widget': '/nhung/don-vi/phuong-vo-cuong/',
    'not found': '/404.html',
  }
  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource })
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    })
  }

  for (const [name, pathname] of Object.entries(pages)) {
    it(`finds no violation on the ${name} page`, async () => {
      const page = await open(pathname)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }

  it('finds no violation on a bulletin issue page', async () => {
    const page = await open('/ban-tin/')
    await page.goto(new URL((await page.locator('.bulletin-list a').first().getAttribute('href'))!, site.url).href, { waitUntil: 'networkidle' })
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('a 360 px phone', () => {
  it('shows the home page without horizontal scrolling', async () => {
    const page = await open('/', { width: 360, height: 800 })
    await page.screenshot({ path: path.join(outDir, 'home-360.png'), fullPage: true })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.close()
  })
})

describe('the bulletin issue page', () => {
  it('reads as a clean A4 document when printed', async () => {
    const page = await open('/ban-tin/')
    const href = await page.locator('.bulletin-list a').first().getAttribute('href')
    await page.goto(new URL(href!, site.url).href, { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.bulletin__toc').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })
})
