import escapeHtml from 'escape-html'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../../site/test/support/browser'
import { alertMessage } from '../../src/mail/messages/alertMessage'
import { bulletinIssueMessage } from '../../src/mail/messages/bulletinIssueMessage'
import { confirmSubscriptionMessage } from '../../src/mail/messages/confirmSubscriptionMessage'
import { digestMessage } from '../../src/mail/messages/digestMessage'
import { feedbackSettledMessage } from '../../src/mail/messages/feedbackSettledMessage'
import { manageSubscriptionMessage } from '../../src/mail/messages/manageSubscriptionMessage'
import { personalise, SLOT_MARK, SLOTS, type MailMessage, type Personal } from '../../src/mail/messages/personalise'

const SITE = 'https://cchc.example.vn'
// Decomposed Vietnamese (as pasted from macOS), markup that would run if it were not escaped, and
// a word too long for a phone's width.
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> Đổi mới & "quy trình"'.normalize('NFD')
const SHOWN = HOSTILE.normalize('NFC')
const LONG = 'Thủtụchànhchínhliênthông'.repeat(6)
const site = { name: `Cổng CCHC ${HOSTILE}`, publisher: `UBND tỉnh ${HOSTILE}`, description: '' }
const personal: Personal = {
  manage: `${SITE}/api/subscribers/manage?t=s7.Ab_9"<x>&d=12`,
  unsubscribe: `${SITE}/api/subscribers/unsubscribe?t=s7.Ab_9&d=12`,
  reason: `Bạn nhận thư này vì có tên trong danh sách ${HOSTILE}.`,
}
const article = (slug: string) => `${SITE}/tin-tuc/${slug}/`

const bulletin = () =>
  bulletinIssueMessage({
    site,
    siteUrl: SITE,
    number: 12,
    year: 2026,
    // 01:30 on 3 December in Vietnam, still the 2nd in UTC.
    issueDate: '2026-12-02T18:30:00Z',
    title: `${HOSTILE} ${LONG}`,
    introduction: `Lời giới thiệu ${HOSTILE}\n\nĐoạn thứ hai.`,
    sections: [
      { heading: `Chuyên mục ${HOSTILE}`, articles: [{ title: `Bài ${HOSTILE}`, url: article('bai-mot'), summary: `Tóm tắt ${HOSTILE} ${LONG}` }] },
      { heading: 'Chuyên mục không còn bài', articles: [] },
      { heading: 'Chuyển đổi số', articles: [{ title: LONG, url: article('bai-hai') }] },
    ],
    pdf: { url: `${SITE}/tep/ban-tin-12-2026.pdf`, size: 1_258_291 },
  })

const alert = () =>
  alertMessage({
    site,
    siteUrl: SITE,
    item: { collection: 'documents', title: `Kế hoạch 145/KH-UBND ${HOSTILE}`, summary: `Tóm tắt ${HOSTILE}`, date: '2026-12-02T18:30:00Z', url: `${SITE}/van-ban/145-kh-ubnd/` },
    matched: [`Cải cách thủ tục hành chính ${HOSTILE}`, 'Phường Ba Đình'],
  })

const digest = (frequency: 'daily' | 'weekly', periodStart: string, periodEnd: string) =>
  digestMessage({
    site,
    siteUrl: SITE,
    frequency,
    periodStart,
    periodEnd,
    items: [
      { collection: 'documents', title: `Quyết định ${HOSTILE}`, summary: '', date: '2026-12-03T02:00:00Z', url: `${SITE}/van-ban/qd-1/` },
      { collection: 'articles', title: `Tin ${HOSTILE}`, summary: `Tóm tắt ${LONG}`, date: '2026-12-03T03:00:00Z', url: article('tin-1') },
      { collection: 'articles', title: 'Tin thứ hai', summary: 'Tóm tắt', date: '', url: article('tin-2') },
      { collection: 'practices', title: `Mô hình ${HOSTILE}`, summary: 'Một cửa', date: '2026-12-03T04:00:00Z', url: `${SITE}/mo-hinh-hay/mot-cua/` },
    ],
  })

const confirm = () =>
  confirmSubscriptionMessage({
    site,
    siteUrl: SITE,
    choices: [`Tin lĩnh vực ${HOSTILE}`, 'Bản tin điện tử cải cách hành chính'],
    frequency: 'weekly',
    confirmUrl: `${SITE}/api/subscribers/confirm?t=5.1764720000000.sig&x=1`,
  })

const manage = () =>
  manageSubscriptionMessage({ site, siteUrl: SITE, choices: [`Tin của ${HOSTILE}`], frequency: 'immediate', manageUrl: `${SITE}/api/subscribers/manage?t=s5.key&d=1` })

const feedback = () => feedbackSettledMessage({ site, siteUrl: SITE, trackingCode: 'K7M2Q-XP4RT', status: 'answered', subject: `Về thủ tục ${HOSTILE}` })

type Case = { name: string; make: () => Promise<MailMessage>; title: string; personal: boolean }

const cases: Case[] = [
  { name: 'bulletin issue', make: bulletin, title: `${SHOWN} ${LONG}`, personal: true },
  { name: 'alert', make: alert, title: `Kế hoạch 145/KH-UBND ${SHOWN}`, personal: true },
  { name: 'digest', make: () => digest('daily', '2026-12-03T00:00:00Z', '2026-12-04T00:00:00Z'), title: 'Tin cải cách hành chính ngày 03/12/2026', personal: true },
  { name: 'subscription confirmation', make: confirm, title: 'Xác nhận đăng ký nhận tin', personal: false },
  { name: 'manage notice', make: manage, title: 'Bạn đã đăng ký nhận tin', personal: false },
  { name: 'feedback settled', make: feedback, title: 'Góp ý K7M2Q-XP4RT đã được trả lời', personal: false },
]

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

/** The message as a phone's mail app would show it: 360 px wide, images on, scripts allowed to run if any were there. */
async function open(html: string) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === SITE && route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/png', body: PIXEL }) : route.abort(),
  )
  await page.setContent(html, { waitUntil: 'load' })
  return { page, requests, dialogs }
}

describe.each(cases)('$name', ({ make, title, personal: isPersonal }) => {
  it('opens in Chromium at 360 px: no script, nothing from elsewhere, no sideways scroll, the title shown', async () => {
    const made = await make()
    const message = isPersonal ? personalise(made, personal) : made
    const { page, requests, dialogs } = await open(message.html)
    try {
      expect(await page.locator('script').count()).toBe(0)
      expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0)
      expect(dialogs).toEqual([])
      expect(requests.filter((url) => new URL(url).origin !== SITE)).toEqual([])
      expect(message.html).not.toMatch(/googleapis|@import|<link/i)
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360)
      expect(await page.locator('html').getAttribute('lang')).toBe('vi')
      expect(await page.locator('h1').innerText()).toBe(title)
      expect(await page.title()).toBe(message.subject)
      // The portal's name is real text in the header, readable with images off.
      expect(await page.locator('body').innerText()).toContain(site.name.normalize('NFC'))
    } finally {
      await page.close()
    }
  })

  it('carries every link of the HTML in the text part, each on the site', async () => {
    const made = await make()
    const message = isPersonal ? personalise(made, personal) : made
    const { page } = await open(message.html)
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!))
    await page.close()
    expect(hrefs.length).toBeGreaterThan(1)
    for (const href of hrefs.filter((one) => !one.startsWith('mailto:'))) {
      expect(message.text).toContain(href)
      expect(new URL(href).origin).toBe(SITE)
    }
    expect(message.text).toContain(title)
    expect(message.text).not.toContain('&amp;')
    expect(message.html + message.text + message.subject).not.toContain(SLOT_MARK)
  })
})

describe('content', () => {
  it('bulletin: number, Vietnamese issue date, publisher, contents, PDF with its size; no empty section', async () => {
    const message = personalise(await bulletin(), personal)
    expect(message.subject).toBe(`Bản tin CCHC số 12/2026: ${SHOWN} ${LONG}`)
    expect(message.text).toContain('Bản tin điện tử cải cách hành chính · Số 12/2026')
    expect(message.text).toContain(`UBND tỉnh ${SHOWN} · Phát hành Thứ Năm, 3 tháng 12, 2026`)
    expect(message.text).toContain(`Tải bản PDF (1,2 MB): ${SITE}/tep/ban-tin-12-2026.pdf`)
    expect(message.text).toContain(`Đọc bản tin trên cổng thông tin: ${SITE}/ban-tin/2026/so-12/`)
    expect(message.text).toContain(`* Bài ${SHOWN}\n  Tóm tắt ${SHOWN}`)
    expect(message.text).not.toContain('Chuyên mục không còn bài')
    expect(message.text).toContain(`Lời giới thiệu ${SHOWN}\n\nĐoạn thứ hai.`)
    const { page } = await open(message.html)
    expect(await page.locator('h2').allInnerTexts()).toEqual([`Chuyên mục ${SHOWN}`, 'Chuyển đổi số'])
    expect(await page.getByRole('link', { name: 'Thay đổi hoặc hủy đăng ký' }).getAttribute('href')).toBe(personal.manage)
    await page.close()
  })

  it('a bulletin with the default title is named once in the subject', async () => {
    const message = await bulletinIssueMessage({ site, siteUrl: SITE, number: 3, year: 2027, issueDate: '2027-01-20T02:00:00Z', sections: [] })
    expect(message.subject).toBe('Bản tin CCHC số 3/2027')
  })

  it('alert: kind, date in Vietnam, the choices it matched', async () => {
    const message = personalise(await alert(), personal)
    expect(message.subject).toBe(`Văn bản mới: Kế hoạch 145/KH-UBND ${SHOWN}`)
    expect(message.text).toContain('Ban hành ngày 03/12/2026')
    expect(message.text).toContain(`Theo lựa chọn của bạn: Cải cách thủ tục hành chính ${SHOWN}; Phường Ba Đình`)
  })

  it('digest: a day or a week in its heading, items grouped by kind', async () => {
    const weekly = await digest('weekly', '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z')
    expect(weekly.subject).toBe('Tin cải cách hành chính trong tuần 23/11 – 29/11/2026')
    const newYear = await digest('weekly', '2026-12-28T00:00:00Z', '2027-01-04T00:00:00Z')
    expect(newYear.subject).toBe('Tin cải cách hành chính trong tuần 28/12/2026 – 03/01/2027')
    const { page } = await open((await digest('daily', '2026-12-03T00:00:00Z', '2026-12-04T00:00:00Z')).html)
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Tin bài (2)', 'Mô hình mới, cách làm hay (1)', 'Văn bản chỉ đạo, điều hành (1)'])
    expect(await page.locator('h3').allInnerTexts()).toEqual([`Tin ${SHOWN}`, 'Tin thứ hai', `Mô hình ${SHOWN}`, `Quyết định ${SHOWN}`])
    await page.close()
  })

  it('confirmation: the choices, the frequency, the link valid 48 hours, and what to do if it was not you', async () => {
    const message = await confirm()
    expect(message.text).toContain(`- Tin lĩnh vực ${SHOWN}\n- Bản tin điện tử cải cách hành chính`)
    expect(message.text).toContain('Tần suất: Bản tổng hợp hằng tuần')
    expect(message.text).toContain(`Xác nhận đăng ký: ${SITE}/api/subscribers/confirm?t=5.1764720000000.sig&x=1`)
    expect(message.text).toContain('48 giờ')
    expect(message.text).toContain('hãy bỏ qua thư này: bạn sẽ không nhận được thư nào nữa')
    expect(message.text).not.toContain('Thay đổi hoặc hủy đăng ký')
  })

  it('feedback: the code, the status and the lookup with the code filled in', async () => {
    const message = await feedback()
    expect(message.text).toContain('Mã tra cứu: K7M2Q-XP4RT')
    expect(message.text).toContain('Tình trạng: Đã trả lời')
    expect(message.text).toContain(`${SITE}/gop-y/tra-cuu/?ma=K7M2Q-XP4RT`)
    const declined = await feedbackSettledMessage({ site, siteUrl: SITE, trackingCode: 'K7M2Q-XP4RT', status: 'declined' })
    expect(declined.subject).toBe('Góp ý K7M2Q-XP4RT không được thụ lý')
    expect(declined.text).toContain('Tình trạng: Không thụ lý')
  })

  it('refuses a link that is not an absolute web address', async () => {
    await expect(alertMessage({ site, siteUrl: SITE, item: { collection: 'articles', title: 'x', url: 'javascript:alert(1)' }, matched: [] })).rejects.toThrow()
    await expect(alertMessage({ site, siteUrl: SITE, item: { collection: 'articles', title: 'x', url: '/tin-tuc/x/' }, matched: [] })).rejects.toThrow()
  })
})

describe('personalise', () => {
  it('fills the link and the reason in both parts, escaped for HTML only', async () => {
    const made = await alert()
    const message = personalise(made, personal)
    expect(made.html).not.toContain(escapeHtml(personal.manage))
    expect(message.html).toContain(`href="${escapeHtml(personal.manage)}"`)
    expect(message.html).toContain(escapeHtml(personal.reason))
    expect(message.html).not.toContain(personal.reason)
    expect(message.text).toContain(`${personal.reason}\nThay đổi hoặc hủy đăng ký: ${personal.manage}`)
    expect(message.subject).toBe(made.subject)
    // The same message serves the next recipient with their own link.
    const other = personalise(made, { ...personal, manage: `${SITE}/api/subscribers/manage?t=s8.other` })
    expect(other.text).toContain(`${SITE}/api/subscribers/manage?t=s8.other`)
    expect(other.text).not.toContain(personal.manage)
  })

  it('a slot typed into a title stays text', async () => {
    const made = await alertMessage({ site, siteUrl: SITE, item: { collection: 'articles', title: `Tiêu đề ${SLOTS.manage}`, url: article('x') }, matched: [] })
    const message = personalise(made, personal)
    expect(message.text.split(personal.manage)).toHaveLength(2)
    expect(message.html.split(escapeHtml(personal.manage))).toHaveLength(2)
  })

  it('makes 10,000 copies of a large bulletin well within a second; MJML runs once', async () => {
    const sections = Array.from({ length: 8 }, (_, section) => ({
      heading: `Chuyên mục ${section + 1}`,
      articles: Array.from({ length: 6 }, (_, index) => ({
        title: `Bài ${section + 1}.${index + 1} về cải cách thủ tục hành chính`,
        url: article(`bai-${section}-${index}`),
        summary: 'Tóm tắt bài viết. '.repeat(12),
      })),
    }))
    const input = { site, siteUrl: SITE, number: 40, year: 2026, issueDate: '2026-12-03T02:00:00Z', sections }
    await bulletinIssueMessage(input)
    let started = performance.now()
    const made = await bulletinIssueMessage(input)
    const mjmlMs = performance.now() - started
    started = performance.now()
    let bytes = 0
    for (let index = 0; index < 10_000; index++) {
      const copy = personalise(made, { manage: `${SITE}/api/subscribers/manage?t=s${index}.key&d=${index}`, unsubscribe: '', reason: personal.reason })
      bytes += copy.html.length + copy.text.length
    }
    const personaliseMs = performance.now() - started
    console.info(`bulletin of 48 articles: MJML ${mjmlMs.toFixed(1)} ms, ${made.html.length} characters of HTML; personalise × 10,000: ${personaliseMs.toFixed(0)} ms`)
    expect(bytes).toBeGreaterThan(10_000 * made.html.length)
    expect(personaliseMs).toBeLessThan(1000)
  })
})
