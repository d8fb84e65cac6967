import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/src/process/ports'
import { startProductionCms } from '../../scripts/src/cms/startProductionCms'
import { seedSampleContent } from '../../scripts/src/seed/seedSampleContent'
import { launchChromium } from '../../site/test/support/browser'
import { formatVietnamDateTime } from '../src/components/publishing/vietnamWallClock'
import { startTestCms, type TestCms } from './support/testCms'

/*
 * The admin as an editor sees it, in real Chromium against the real Payload admin (the production
 * build `npm start` serves, built once and reused while the code is unchanged): every main screen in Vietnamese with no English left, dates
 * as dd/MM/yyyy HH:mm, the publish and schedule dialogs, versions with their authors, the audit
 * log and build list as people read them, the dashboard's counts, the list search without
 * accents, the unit of a saved contributor, and no sideways scrolling at 360 px.
 */

/**
 * English that must never come back in the admin: Payload's and its libraries' own words (their
 * defaults before translation, or hard-coded). Whole words, case as written; checked in the text
 * a reader sees and in accessible names, titles, placeholders and the page title.
 */
const ENGLISH = [
  'Selected date',
  'Selected time',
  'Choose',
  'Not available',
  'Previous Month',
  'Next Month',
  'Time',
  'AM',
  'PM',
  'Publish',
  'Unpublish',
  'Published',
  'Draft',
  'Drafts',
  'Save',
  'Cancel',
  'Created',
  'Updated',
  'Edit',
  'Delete',
  'Search',
  'Filters',
  'Filter',
  'Columns',
  'results',
  'of',
  'Loading',
  'Versions',
  'Version',
  'Status',
  'Current',
  'Changed',
  'Restore',
  'Collections',
  'Menu',
  'Block',
  'Dashboard',
  'Log out',
  'Logout',
  'Account',
  'Settings',
  'Upload',
  'Schedule',
  'Upcoming',
  'Type',
  'Close',
  'Toggle',
  'Page',
  'Per Page',
  'Sort',
  'No results',
  'Apply',
  'Back',
  'Next',
  'Previous',
  'Add',
  'Remove',
  'Select',
  'Submit',
  'Failed',
  'Error',
  'Success',
  'Show',
  'Hide',
  'Yes',
  'No',
  'Today',
  'Now',
  'Drag',
  'Insert',
  'Title',
  'Document',
  'Documents',
  'Users',
  'Clear',
  'Copy',
  'Duplicate',
  'Preview',
  'the',
  'and',
  'to',
  'Please',
]
const ENGLISH_PATTERN = `(?<![\\p{L}\\p{M}\\d_-])(${ENGLISH.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}\\d_-])`

const PASSWORD = 'mat-khau-thu-nghiem-dai'
const ADMIN = { email: 'quan-tri@example.gov.vn', name: 'Quản trị thử' }
const CHIEF = { email: 'tong-bien-tap@example.gov.vn', name: 'Tổng biên tập Thử' }

let cms: TestCms
let admin: { url: string; stop: () => Promise<void> }
let browser: Browser
let context: BrowserContext
let page: Page
const findings: string[] = []
const timings: string[] = []
/** What the production CMS printed while the browser went through the admin. */
const cmsLog: string[] = []
const startedAt = Date.now()
/** The documents given "Đổi mới" in their searched text, by collection. */
const renewed: Partial<Record<CollectionSlug, string>> = {}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Every English word of ENGLISH on the page now, with where it was seen. */
async function englishOn(target: Page): Promise<string[]> {
  return target.evaluate((pattern) => {
    const english = new RegExp(pattern, 'gu')
    const found: string[] = []
    const look = (where: string, text: string | null | undefined) => {
      for (const match of (text ?? '').matchAll(english))
        found.push(`“${match[0]}” in ${where}: ${text!.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}`)
    }
    look('the page title', document.title)
    look('the text', document.body.innerText)
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) look(`${attribute} of <${element.tagName.toLowerCase()}>`, element.getAttribute(attribute))
    }
    return found
  }, ENGLISH_PATTERN)
}

/** Records the English on the page now, under `screen`. */
async function check(screen: string, target: Page = page) {
  // The last labels arrive a moment after the page settles (relationship titles, translated names).
  await target.waitForTimeout(400)
  for (const found of await englishOn(target)) findings.push(`${screen}: ${found}`)
}

async function visit(path: string, target: Page = page) {
  const at = Date.now()
  await target.goto(admin.url + path, { waitUntil: 'networkidle', timeout: 240_000 })
  timings.push(`${path} ${seconds(at)}`)
}

async function signIn(target: BrowserContext, email = ADMIN.email) {
  const response = await target.request.post(`${admin.url}/api/users/login`, { data: { email, password: PASSWORD }, timeout: 240_000 })
  expect(response.status()).toBe(200)
}

/** The table's rows in the list view, as text. */
const rowsText = (target: Page) => target.locator('.table tbody tr').allInnerTexts()

beforeAll(async () => {
  const port = await freePort()
  cms = await startTestCms({ publicUrl: `http://127.0.0.1:${port}` })
  const { payload } = cms
  await seedSampleContent(payload)
  await payload.create({ collection: 'users', data: { ...ADMIN, password: PASSWORD, role: 'admin' } })
  const chief = await payload.create({ collection: 'users', data: { ...CHIEF, password: PASSWORD, role: 'editor-in-chief' } })
  const asChief = { overrideAccess: false, user: { ...chief, collection: 'users' as const } }

  // "Đổi mới" in each searched collection; the editorial ones saved by the editor-in-chief (a version by them).
  const first = async (collection: CollectionSlug) => (await payload.find({ collection, limit: 1, depth: 0, sort: 'id' })).docs[0]!
  for (const [collection, field, text] of [
    ['articles', 'title', 'Đổi mới cách tiếp nhận hồ sơ đất đai ở cấp xã'],
    ['bulletins', 'title', 'Bản tin chuyên đề Đổi mới thủ tục hành chính'],
    ['practices', 'title', 'Đổi mới tiếp dân ngoài giờ hành chính'],
    ['documents', 'title', 'Kế hoạch đổi mới phương thức tiếp nhận hồ sơ năm 2026'],
  ] as const) {
    const doc = await first(collection)
    await payload.update({ collection, id: doc.id, data: { [field]: text }, ...asChief })
    renewed[collection] = text
  }
  const province = await first('units')
  await payload.create({ collection: 'units', data: { name: 'Phường Đổi Mới', type: 'ward', parent: province.id } })
  renewed.units = 'Phường Đổi Mới'
  const feedback = await first('feedback')
  await payload.update({ collection: 'feedback', id: feedback.id, data: { subject: 'Đổi mới giờ tiếp công dân', publicTitle: 'Đổi mới giờ tiếp công dân' } })
  renewed.feedback = 'Đổi mới giờ tiếp công dân'
  // A finished build of the site, to read its duration.
  await payload.create({
    collection: 'site-builds',
    data: {
      status: 'succeeded',
      triggers: 'Tổng biên tập: Xuất bản Tin bài',
      changes: 1,
      startedAt: new Date(Date.now() - 2300).toISOString(),
      finishedAt: new Date().toISOString(),
      durationSeconds: 2.3,
    },
  })

  const at = Date.now()
  const cmsProcess = await startProductionCms(
    port,
    {
      ...process.env,
      DATABASE_URL: cms.databaseUrl,
      CMS_PUBLIC_URL: `http://127.0.0.1:${port}`,
      SITE_URL: process.env.SITE_URL ?? 'http://127.0.0.1:9',
      PREVIEW_URL: 'http://127.0.0.1:9',
      JOBS_AUTORUN: 'false',
    },
    (line) => {
      timings.push(line)
      cmsLog.push(line)
    },
  )
  admin = { url: `http://127.0.0.1:${port}`, stop: cmsProcess.stop }
  timings.push(`the production admin answering (built if the code changed) ${seconds(at)}`)
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  await signIn(context)
  page = await context.newPage()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
  await cms?.stop()
  console.log(`Admin in Vietnamese: ${seconds(startedAt)} in all\n  ${timings.join('\n  ')}`)
})

const EDIT_VIEWS_VISITED = ['articles', 'bulletins', 'practices', 'documents', 'units', 'feedback', 'users']

describe('the admin, all Vietnamese', () => {
  beforeEach(() => {
    findings.length = 0
  })

  it('shows the dashboard, every list and an edit view of each collection without English', async () => {
    await visit('/admin')
    await check('dashboard')
    // The tiles say what each collection holds.
    const articles = await cms.payload.count({ collection: 'articles' })
    await expect(page.locator('#card-articles').innerText()).resolves.toContain(`${articles.totalDocs} mục`)

    const collections = cms.payload.config.collections.filter((collection) => !collection.admin.hidden && !collection.slug.startsWith('payload-'))
    for (const collection of collections) {
      await visit(`/admin/collections/${collection.slug}`)
      await check(`list of ${collection.slug}`)
      const doc = (await cms.payload.find({ collection: collection.slug as CollectionSlug, limit: 1, depth: 0, sort: '-id' })).docs[0]
      // Edit views are one component for all: those of the editorial collections and staff carry every field kind.
      if (!doc || !EDIT_VIEWS_VISITED.includes(collection.slug)) continue
      await visit(`/admin/collections/${collection.slug}/${doc.id}`)
      await check(`edit view of ${collection.slug}`)
    }
    for (const global of cms.payload.config.globals) {
      await visit(`/admin/globals/${global.slug}`)
      await check(`global ${global.slug}`)
    }
    await visit('/admin/account')
    await check('account')
    expect(findings).toEqual([])
  }, 1_200_000)

  it('publishes and schedules in words that name the thing, with a 24-hour Vietnamese date picker that takes a typed date', async () => {
    const article = (await cms.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1, depth: 0, sort: 'id' })).docs[0]!
    await visit(`/admin/collections/articles/${article.id}`)
    await expect(page.locator('#action-save').innerText()).resolves.toBe('Xuất bản tin bài')

    // A date field takes a typed dd/MM/yyyy HH:mm.
    const publishedAt = page.locator('#field-publishedAt input').first()
    await publishedAt.fill('03/12/2026 14:54')
    await publishedAt.press('Tab')
    await expect(publishedAt.inputValue()).resolves.toBe('03/12/2026 14:54')

    // The unpublish action, in the document's menu, and its confirmation.
    await page.locator('.doc-controls__popup .popup-button').click()
    await expect(page.locator('#action-unpublish').innerText()).resolves.toBe('Gỡ xuất bản tin bài')
    await check('document menu')
    await page.locator('#action-unpublish').click()
    await page.locator('.confirmation-modal').waitFor()
    await check('unpublish confirmation')
    await page.locator('.confirmation-modal #confirm-cancel, .confirmation-modal button:has-text("Hủy")').first().click()

    // Scheduling, from the publish button's menu (the form must be saved: reload drops the typed date).
    await page.reload({ waitUntil: 'networkidle' })
    await page.locator('#action-save-popup .popup-button, .doc-controls__controls .popup-button').first().click()
    await expect(page.locator('#schedule-publish').innerText()).resolves.toBe('Lên lịch xuất bản')
    await check('publish menu')
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    await drawer.locator('#schedule-time input').waitFor()
    await check('schedule drawer')
    await drawer.locator('#schedule-time input').click()
    await page.locator('.react-datepicker__time-list-item').first().waitFor()
    await check('schedule date picker')
    // 24-hour times in the list, nothing ending in AM or PM.
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times.every((time) => /^\d\d:\d\d$/.test(time))).toBe(true)

    // A time typed as editors write it, tomorrow in Vietnam.
    const tomorrow = formatVietnamDateTime(new Date(Date.now() + 24 * 3600_000)).replace(/ \d\d:\d\d$/, ' 14:55')
    const input = drawer.locator('#schedule-time input')
    await input.fill(tomorrow)
    await input.press('Enter')
    await expect(input.inputValue()).resolves.toBe(tomorrow)
    await drawer.locator('#scheduled-publish-save').click()
    await expect(drawer.locator('table').innerText()).resolves.toContain(tomorrow)
    await check('schedule drawer with an upcoming schedule')
    const jobs = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, limit: 1, sort: '-createdAt' })
    // 14:55 in Vietnam is 07:55 UTC.
    expect(formatVietnamDateTime(jobs.docs[0]!.waitUntil!)).toBe(tomorrow)
    expect(new Date(jobs.docs[0]!.waitUntil!).getUTCHours()).toBe(7)
    expect(findings).toEqual([])
  }, 600_000)

  it('lists versions with who saved each, and the audit log and builds as people read them', async () => {
    const article = (await cms.payload.find({ collection: 'articles', where: { title: { equals: renewed.articles } }, limit: 1, depth: 0 })).docs[0]!
    await visit(`/admin/collections/articles/${article.id}/versions`)
    await check('versions')
    const versions = await rowsText(page)
    expect(versions[0]).toContain(CHIEF.name)
    expect(versions.some((row) => row.includes('Bản nháp') || row.includes('xuất bản'))).toBe(true)

    await visit('/admin/collections/audit-log')
    await check('audit log')
    const entries = await rowsText(page)
    expect(entries.some((row) => row.includes('Tin bài'))).toBe(true)
    for (const row of entries) expect(row.split('\t').map((cell) => cell.trim())).not.toContain('articles')
    const entry = (await cms.payload.find({ collection: 'audit-log', where: { collectionSlug: { equals: 'users' } }, limit: 1 })).docs[0]!
    await visit(`/admin/collections/audit-log/${entry.id}`)
    await check('audit entry')
    await expect(page.locator('.field-type').filter({ hasText: 'Loại nội dung' }).innerText()).resolves.toContain('Người dùng')

    await visit('/admin/collections/site-builds')
    await expect(rowsText(page)).resolves.toEqual(expect.arrayContaining([expect.stringContaining('2,3 giây')]))
    expect(findings).toEqual([])
  }, 600_000)

  it('finds “Đổi mới” from “doi moi” in the lists of articles, bulletins, practices, documents, units and feedback', async () => {
    // Feedback is searched by the editor-in-chief: the search text holds the citizen's name and
    // subject, which only those who handle feedback read (the administrator searches it by code).
    const chiefContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    await signIn(chiefContext, CHIEF.email)
    const asChief = await chiefContext.newPage()
    // Every collection's folding is checked over REST (adminListSearch.test.ts); here the admin's own search box.
    for (const [collection, text] of Object.entries(renewed).filter(([slug]) => slug === 'articles' || slug === 'feedback')) {
      const reader = collection === 'feedback' ? asChief : page
      // Typed without accents; for articles also in capitals and with accents, which fold the same.
      for (const query of collection === 'articles' ? ['doi moi', 'ĐỔI MỚI', 'Doi Mới'] : ['doi moi']) {
        await visit(`/admin/collections/${collection}?search=${encodeURIComponent(query)}`, reader)
        const rows = (await rowsText(reader)).join('\n')
        if (collection === 'feedback') {
          const item = (await cms.payload.find({ collection: 'feedback', where: { subject: { equals: text } }, limit: 1 })).docs[0]!
          expect(rows, `${collection} “${query}”`).toContain(String(item.trackingCode))
        } else {
          expect(rows, `${collection} “${query}”`).toContain(text)
        }
      }
      await check(`search in ${collection}`, reader)
    }
    await chiefContext.close()
    expect(findings).toEqual([])
  }, 600_000)

  it('shows a contributor’s unit right after saving them', async () => {
    await visit('/admin/collections/users/create')
    await page.fill('#field-email', 'cong-tac-vien@example.gov.vn')
    await page.fill('#field-password', PASSWORD)
    await page.fill('#field-confirm-password', PASSWORD)
    await page.locator('#field-role').click()
    await page.locator('.rs__option', { hasText: 'Cộng tác viên đơn vị' }).click()
    // The unit field appears once the role is chosen.
    await expect.poll(() => page.locator('#field-role').innerText()).toContain('Cộng tác viên đơn vị')
    await page.locator('#field-unit .rs__control').click()
    await page.keyboard.type('Đổi Mới')
    await page.locator('.rs__option', { hasText: 'Phường Đổi Mới' }).click()
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/users\/\d+$/, { timeout: 120_000 })
    // At once, not after a second request for the unit's name.
    await page.locator('#field-unit').waitFor()
    await expect(page.locator('#field-unit').innerText()).resolves.toContain('Phường Đổi Mới')
  }, 600_000)

  it('does not scroll sideways on a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true, hasTouch: true })
    await signIn(phone)
    const small = await phone.newPage()
    const article = (await cms.payload.find({ collection: 'articles', limit: 1, depth: 0, sort: 'id' })).docs[0]!
    const wide: string[] = []
    for (const path of ['/admin', '/admin/collections/articles', `/admin/collections/articles/${article.id}`, '/admin/collections/audit-log']) {
      await visit(path, small)
      const width = await small.evaluate(() => document.documentElement.scrollWidth)
      if (width > 360) wide.push(`${path}: ${width} px`)
    }
    await phone.close()
    expect(wide).toEqual([])
  }, 600_000)

  // Last, after every screen above: a label the admin looked up and found no text for (an empty checkbox cell was "general:null").
  it('found a text for every label it showed', () => {
    expect(cmsLog.filter((line) => line.includes('key not found'))).toEqual([])
  })
})
