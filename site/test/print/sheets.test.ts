import { afterAll, describe, expect, it } from 'vitest'
import { noticeSheetPdf, weeklySheetPdf, type SheetItem } from '../../src/print/noticeSheet'
import { fontSizeOf, pagesOf, pdfFonts, pdfInfo, pdfText, pdfWords, qrCodesOn, removeWorkFolder } from './pdfTools'

afterAll(removeWorkFolder)

// Every hard letter: ắ ặ ẫ ỗ ợ ữ ự ị ỉ đ Đ Ỷ, and "vải" (its "i" once read "ị").
const TITLE = 'Sắp xếp chặt chẽ, đầy đẫy ý tưởng: mỗi xã hợp lực giữ kỷ cương, thực thi nghị quyết, hỉ hả vải thiều Đông Đô, Ỷ Lan'
const PORTAL = 'Cổng thông tin cải cách hành chính tỉnh Hà Tĩnh'
const URL = 'https://cchc.example.gov.vn/tin-tuc/sap-xep-chat-che/'

const item: SheetItem = {
  // Decomposed on purpose: the sheet must print it composed (NFC).
  title: TITLE.normalize('NFD'),
  summary: 'Ủy ban nhân dân tỉnh ban hành kế hoạch đơn giản hóa 25 thủ tục hành chính về đất đai và xây dựng.',
  keyPoints: ['Cắt giảm 30% thời gian giải quyết hồ sơ', 'Tiếp nhận trực tuyến toàn trình', 'Công khai kết quả trên cổng dịch vụ công'],
  unitName: 'UBND xã Đồng Tâm',
  // 01:30 on 21 November in Vietnam, still the 20th in UTC.
  publishedAt: '2026-11-20T18:30:00.000Z',
  url: URL,
}

const flat = (text: string) => text.replace(/\s+/gu, ' ')
const words = (count: number, text: string) => Array.from({ length: count }, (_, i) => text.split(' ')[i % text.split(' ').length]).join(' ')
const sizesOf = async (pdf: Buffer, text: string) => {
  const targets = new Set(text.split(' '))
  return (await pdfWords(pdf)).filter((word) => targets.has(word.text)).map(fontSizeOf)
}

describe('notice-board sheet', () => {
  it('prints the portal, title, unit, Vietnamese date, summary, key points and short URL on one A4 page', async () => {
    const pdf = await noticeSheetPdf(item, { paper: 'A4', portalName: PORTAL })
    expect(await pagesOf(pdf)).toEqual({ pages: 1, size: '595x842' })
    const text = flat(await pdfText(pdf))
    expect(text).toBe(text.normalize('NFC'))
    for (const expected of [PORTAL, TITLE, 'UBND xã Đồng Tâm · 21/11/2026', item.summary!, ...item.keyPoints, 'cchc.example.gov.vn/tin-tuc/sap-xep-chat-che']) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain('https://')
    expect((await pdfInfo(pdf)).Title).toBe(TITLE)
  })

  it('embeds Noto Sans and reads its QR code as the article URL', async () => {
    const pdf = await noticeSheetPdf(item, { paper: 'A4', portalName: PORTAL })
    const fonts = await pdfFonts(pdf)
    expect(fonts.map((font) => font.name.split('+')[1]).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular'])
    expect(fonts.every((font) => font.embedded)).toBe(true)
    expect(await qrCodesOn(pdf, 1)).toEqual([URL])
  })

  it('sets the title at 28 pt or more and the text at 16 pt or more on A4, √2 times that on A3', async () => {
    for (const [paper, scale, size] of [
      ['A4', 1, '595x842'],
      ['A3', Math.SQRT2, '842x1191'],
    ] as const) {
      const pdf = await noticeSheetPdf(item, { paper, portalName: PORTAL })
      expect(await pagesOf(pdf)).toEqual({ pages: 1, size })
      expect(flat(await pdfText(pdf))).toContain(TITLE)
      expect(Math.min(...(await sizesOf(pdf, 'Sắp xếp chặt chẽ')))).toBeGreaterThanOrEqual(28 * scale - 0.01)
      expect(Math.min(...(await sizesOf(pdf, item.summary!)))).toBeGreaterThanOrEqual(16 * scale - 0.01)
      expect(await qrCodesOn(pdf, 1, 80)).toEqual([URL])
    }
  })

  it('stays on one page with a 600-character title and a 10,000-word summary, the title never under 28 pt', async () => {
    const absurd = { ...item, title: words(200, TITLE).slice(0, 600), summary: words(10_000, item.summary!), keyPoints: Array(20).fill(item.keyPoints[0]) }
    expect(absurd.title).toHaveLength(600)
    for (const [paper, scale] of [
      ['A4', 1],
      ['A3', Math.SQRT2],
    ] as const) {
      const pdf = await noticeSheetPdf(absurd, { paper, portalName: PORTAL })
      expect((await pagesOf(pdf)).pages).toBe(1)
      const text = flat(await pdfText(pdf))
      expect(text).toContain(`${TITLE.split(':')[0]}`)
      expect(text).toContain('…')
      expect(Math.min(...(await sizesOf(pdf, 'Sắp xếp chặt chẽ')))).toBeGreaterThanOrEqual(28 * scale - 0.01)
      expect(await qrCodesOn(pdf, 1, 80)).toEqual([URL])
    }
  })

  it('drops key points from the end before it shortens the summary at a word with "…"', async () => {
    const points = Array.from({ length: 12 }, (_, i) => `Điểm chính số ${i + 1}: người dân nộp hồ sơ trực tuyến ở mọi nơi`)
    const fewer = flat(await pdfText(await noticeSheetPdf({ ...item, keyPoints: points }, { paper: 'A4', portalName: PORTAL })))
    expect(fewer).toContain(item.summary)
    expect(fewer).toContain('Điểm chính số 1:')
    expect(fewer).not.toContain('Điểm chính số 12:')

    const summary = words(400, item.summary!)
    const shorter = flat(await pdfText(await noticeSheetPdf({ ...item, summary, keyPoints: points }, { paper: 'A4', portalName: PORTAL })))
    expect(shorter).not.toContain('Điểm chính số 1:')
    const kept = shorter.slice(shorter.indexOf('Ủy ban'), shorter.indexOf('…'))
    expect(kept.length).toBeGreaterThan(200)
    expect(summary.startsWith(kept.trim())).toBe(true)
  })

  it('gives the same bytes for the same input', async () => {
    const [first, second] = [await noticeSheetPdf(item, { paper: 'A3', portalName: PORTAL }), await noticeSheetPdf(item, { paper: 'A3', portalName: PORTAL })]
    expect(first.equals(second)).toBe(true)
  })
})

describe('weekly sheet', () => {
  const items = Array.from({ length: 5 }, (_, i): SheetItem => ({
    ...item,
    title: i === 0 ? TITLE : `Tin số ${i + 1}: xã Đồng Tâm tiếp nhận hồ sơ đất đai trực tuyến`,
    unitName: i === 4 ? 'Thôn Đông' : 'UBND xã Đồng Tâm',
    url: `https://cchc.example.gov.vn/tin-tuc/tin-so-${i + 1}/`,
  }))
  const sheet = { unitName: 'UBND xã Đồng Tâm', weekLabel: '47/2026', items, url: 'https://cchc.example.gov.vn/don-vi/xa-dong-tam/' }

  it('prints the unit, the week and five items, each with a QR code of its own, on one page', async () => {
    for (const [paper, size] of [
      ['A4', '595x842'],
      ['A3', '842x1191'],
    ] as const) {
      const pdf = await weeklySheetPdf(sheet, { paper, portalName: PORTAL })
      expect(await pagesOf(pdf)).toEqual({ pages: 1, size })
      const text = flat(await pdfText(pdf))
      for (const expected of [
        'Bảng tin tuần 47/2026',
        'UBND xã Đồng Tâm',
        'Thôn Đông · 21/11/2026',
        'cchc.example.gov.vn/don-vi/xa-dong-tam',
        ...items.map((entry) => entry.title),
      ]) {
        expect(text).toContain(expected)
      }
      expect((await qrCodesOn(pdf, 1)).sort()).toEqual(items.map((entry) => entry.url).sort())
      expect((await pdfFonts(pdf)).every((font) => font.embedded)).toBe(true)
    }
  })

  it('shrinks and cuts long items to one page, their titles never under 16 pt on A4', async () => {
    const long = { ...sheet, items: items.map((entry) => ({ ...entry, title: words(60, TITLE), summary: words(500, item.summary!) })) }
    const pdf = await weeklySheetPdf(long, { paper: 'A4', portalName: PORTAL })
    expect((await pagesOf(pdf)).pages).toBe(1)
    expect(Math.min(...(await sizesOf(pdf, 'Sắp xếp chặt chẽ')))).toBeGreaterThanOrEqual(16 - 0.01)
    expect((await qrCodesOn(pdf, 1)).sort()).toEqual(items.map((entry) => entry.url).sort())
    // Each summary is cut to fill its item's one info line.
    const summaryLines = (await pdfText(pdf)).split('\n').filter((line) => line.includes('21/11/2026 · Ủy ban'))
    expect(summaryLines).toHaveLength(5)
    expect(summaryLines.every((line) => line.endsWith('…'))).toBe(true)
  })

  it('gives the same bytes for the same input, and refuses no item or more than five', async () => {
    const options = { paper: 'A4', portalName: PORTAL } as const
    expect((await weeklySheetPdf(sheet, options)).equals(await weeklySheetPdf(sheet, options))).toBe(true)
    await expect(weeklySheetPdf({ ...sheet, items: [] }, options)).rejects.toThrow(RangeError)
    await expect(weeklySheetPdf({ ...sheet, items: [...items, item] }, options)).rejects.toThrow(RangeError)
  })
})
