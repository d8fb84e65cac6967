import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bulletinPdf } from '../../src/print/bulletinPdf'
import { bulletin } from './bulletinFixture'
import { linkTargets, pagesOf, pdfFonts, pdfText, qrCodesOn, removeWorkFolder } from './pdfTools'

const PORTAL = 'Cổng thông tin cải cách hành chính tỉnh Hà Tĩnh'
const flat = (text: string) => text.replace(/\s+/gu, ' ')
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

let pdf: Buffer
let pages: string[]

beforeAll(async () => {
  pdf = await bulletinPdf(bulletin, { portalName: PORTAL })
  const { pages: count } = await pagesOf(pdf)
  pages = await Promise.all(Array.from({ length: count }, (_, i) => pdfText(pdf, { first: i + 1, last: i + 1 }).then(flat)))
})
afterAll(removeWorkFolder)

describe('bulletin PDF', () => {
  it('opens with a cover: publisher, portal, the bulletin’s name, number, date, title and a QR code of its page', async () => {
    expect(await pagesOf(pdf)).toMatchObject({ size: '595x842' })
    for (const expected of [
      bulletin.publisher,
      PORTAL,
      'BẢN TIN ĐIỆN TỬ CẢI CÁCH HÀNH CHÍNH',
      'Số 12/2026',
      'Ngày 21/11/2026',
      bulletin.title,
      'cchc.example.gov.vn/ban-tin/2026/so-12',
    ]) {
      expect(pages[0]).toContain(expected)
    }
    expect(pages[0]).not.toContain('Trang 1')
    expect(await qrCodesOn(pdf, 1)).toEqual([bulletin.url])
  })

  it('lists every section and article on its contents page with the page each starts on', async () => {
    const contents = await pdfText(pdf, { first: 2, last: 2 }, true)
    expect(contents).toContain('MỤC LỤC')
    expect(pages[1]).toContain('Lời giới thiệu Bản tin số này điểm lại những việc đã làm trong tháng.')
    const entries = bulletin.sections.flatMap((section) => [section.heading, ...section.articles.map((article) => article.title)])
    const starts = entries.map((entry) => {
      const line = new RegExp(`^\\s*${escape(entry)}\\s+(\\d+)\\s*$`, 'mu').exec(contents)
      expect(line, entry).not.toBeNull()
      return Number(line![1])
    })
    for (const [i, entry] of entries.entries()) {
      // The only page past the contents that shows the entry is the one listed, and its footer says so.
      const shownOn = pages.flatMap((text, page) => (page > 1 && text.includes(entry) ? [page + 1] : []))
      expect(shownOn, entry).toEqual([starts[i]])
      expect(pages[starts[i]! - 1]).toContain(`Trang ${starts[i]}`)
    }
    // The 1,600-word article takes more than one page: the numbers are not just counted.
    expect(starts[3]! - starts[2]!).toBeGreaterThan(1)
  })

  it('prints every Vietnamese letter right (NFC) with Noto Sans embedded in all four styles', async () => {
    const text = pages.join(' ')
    expect(text).toBe(text.normalize('NFC'))
    for (const article of bulletin.sections.flatMap((section) => section.articles)) expect(text).toContain(article.title)
    const fonts = await pdfFonts(pdf)
    expect(fonts.map((font) => font.name.split('+')[1]).sort()).toEqual(['NotoSans-Bold', 'NotoSans-BoldItalic', 'NotoSans-Italic', 'NotoSans-Regular'])
    expect(fonts.every((font) => font.embedded)).toBe(true)
  })

  it('prints the body’s text, lists, quote, caption, table and preformatted text, but no picture', () => {
    const article = pages.find((text) => text.includes('Những điểm mới'))!
    for (const expected of [
      'Theo Kế hoạch số 145/KH-UBND, xem toàn văn kế hoạch và Cổng Dịch vụ công quốc gia;',
      'CO2 và m2, gạch chân, gạch ngang, ma-ho-so. Dòng mới sau thẻ br.',
      'Tiếp nhận hồ sơ trực tuyến toàn trình Ở cấp xã Trả kết quả tại nhà',
      '3. Bước ba 7. Bước bảy',
      'Lấy người dân làm trung tâm phục vụ.',
      'Ảnh: Bộ phận một cửa xã Đồng Tâm',
      'Chỉ số Năm 2025 và 2026 Hồ sơ đúng hạn 97% 99% 1.200 1.450',
      'mã hồ sơ H12.34',
      'Kết luận Cuối bài.',
      '18/11/2026 · UBND xã Đồng Tâm, Thôn Đông',
      'Tóm tắt bài một.',
    ]) {
      expect(article).toContain(expected)
    }
    expect(article).not.toContain('Ảnh không được in')
  })

  it('keeps links live and absolute: article titles to the site, body links resolved against the article', () => {
    const targets = new Set(linkTargets(pdf))
    for (const article of bulletin.sections.flatMap((section) => section.articles)) expect(targets).toContain(article.url)
    for (const link of [
      'https://cchc.example.gov.vn/van-ban/ke-hoach-145/',
      'https://cchc.example.gov.vn/tin-tuc/ho-so/',
      'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
      'mailto:cchc@example.gov.vn',
      bulletin.url,
    ]) {
      expect(targets).toContain(link)
    }
    expect([...targets].every((target) => /^(https:\/\/|mailto:)/u.test(target))).toBe(true)
  })

  it('gives the same bytes for the same input', async () => {
    expect((await bulletinPdf(bulletin, { portalName: PORTAL })).equals(pdf)).toBe(true)
  })
})
