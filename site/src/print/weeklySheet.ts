import { formatDateVi, toNFC } from '@reform/shared'
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fitOnePage, type Kept } from './fitOnePage'
import type { Paper, SheetItem } from './noticeSheet'
import { qrCode } from './qrCode'
import { shortUrl } from './shortUrl'
import { ACCENT, MUTED, paperScale, rule } from './sheetPaper'
import { charsThatCouldFit, keepWords, wordsOf, wordsWithin } from './textCut'
import { oneLine, textWidth } from './textWidth'

type WeeklySheet = { unitName: string; weekLabel: string; items: SheetItem[]; url: string }
type SheetOptions = { paper: Paper; portalName: string }

// The design, in A4 points. An item's title is 16 to 18 pt, its info line 4 pt smaller.
const SIDE = 40
const TOP = 32
const FOOTER = 64
const QR_SIZE = 90
const GAP = 14
const TEXT_WIDTH = 595.28 - 2 * SIDE - QR_SIZE - GAP
const SMALLEST_TITLE = 16
const LARGEST_TITLE = 18
const MOST_ITEMS = 5
const CONTENT = { width: TEXT_WIDTH, height: 841.89 - TOP - FOOTER }

/** What gives way when the sheet is too long, first to last. */
const CUT_ORDER = ['textSteps', 'titleWords', 'unitWords'] as const
type Part = (typeof CUT_ORDER)[number]

/** An item's unit (when not the sheet's own) and date, then its summary cut to fill that one line. */
type InfoLine = (item: SheetItem, fontSize: number) => ContentText['text']

function infoLines(sheet: WeeklySheet): InfoLine {
  // Once per item and type size: the fitting tries each size again and again.
  const lines = new Map<string, ContentText['text']>()
  return (item, fontSize) => {
    const unit = item.unitName && toNFC(item.unitName) !== toNFC(sheet.unitName) ? toNFC(item.unitName) : ''
    const meta = [unit, formatDateVi(item.publishedAt)].filter(Boolean).join(' · ')
    const key = `${fontSize}\n${meta}\n${item.summary ?? ''}`
    if (!lines.has(key)) {
      const summary = oneLine(wordsOf(item.summary), TEXT_WIDTH * 0.98 - textWidth(`${meta} · `, fontSize), fontSize)
      lines.set(key, summary ? [{ text: `${meta} · `, color: MUTED }, summary] : [{ text: meta, color: MUTED }])
    }
    return lines.get(key)!
  }
}

/** Title and info line beside the QR code, the short URL under the code (across the whole width, so it stays on one line). */
function itemBlock(item: SheetItem, title: string, info: ContentText['text'], titleSize: number, pt: (a4: number) => number): Content {
  return {
    stack: [
      {
        columnGap: pt(GAP),
        columns: [
          {
            width: '*',
            stack: [
              { text: title, link: item.url, bold: true, fontSize: pt(titleSize), lineHeight: 0.95 },
              { text: info, fontSize: pt(titleSize - 4), margin: [0, pt(3), 0, 0] },
            ],
          },
          { width: pt(QR_SIZE), ...qrCode(item.url, pt(QR_SIZE)) },
        ],
      },
      { text: shortUrl(item.url), link: item.url, fontSize: pt(11), color: MUTED, alignment: 'right', margin: [0, pt(1), 0, 0] },
    ],
  }
}

function weeklySheet(sheet: WeeklySheet, kept: Kept<Part>, infoLine: InfoLine, { paper, portalName }: SheetOptions): TDocumentDefinitions {
  const { pageSize, pt, margins, lineWidth } = paperScale(paper)
  const titleSize = SMALLEST_TITLE + kept.textSteps
  const latest = Math.max(...sheet.items.map((item) => new Date(item.publishedAt).getTime()))
  return {
    pageSize,
    pageMargins: margins(SIDE, TOP, SIDE, FOOTER),
    info: { title: `Bảng tin tuần ${toNFC(sheet.weekLabel)} – ${toNFC(sheet.unitName)}`, author: toNFC(portalName), creationDate: new Date(latest) },
    content: [
      { text: toNFC(portalName), bold: true, fontSize: pt(13), color: ACCENT },
      rule(lineWidth(SIDE), pt(2.5), margins(0, 5, 0, 8)),
      { text: `Bảng tin tuần ${toNFC(sheet.weekLabel)}`, bold: true, fontSize: pt(26) },
      { text: keepWords(wordsOf(sheet.unitName), kept.unitWords), bold: true, fontSize: pt(19), color: MUTED, margin: margins(0, 2, 0, 0) },
      ...sheet.items.flatMap((item) => [
        rule(lineWidth(SIDE), pt(0.75), margins(0, 8, 0, 8)),
        itemBlock(item, keepWords(wordsOf(item.title), kept.titleWords), infoLine(item, titleSize - 4), titleSize, pt),
      ]),
    ],
    footer: {
      margin: margins(SIDE, 8, SIDE, 0),
      stack: [
        rule(lineWidth(SIDE), pt(1), margins(0, 0, 0, 6)),
        { text: 'Quét mã QR bên cạnh mỗi tin để đọc toàn văn. Tin khác của đơn vị:', fontSize: pt(12) },
        { text: shortUrl(sheet.url), link: sheet.url, fontSize: pt(12) },
      ],
    },
  }
}

/**
 * "Bảng tin tuần" of a unit: one to five items, each with its own QR code, always one page. What
 * does not fit gives way in CUT_ORDER: the items' type size (title 18 → 16 pt on A4), then the
 * longest titles' last words (every title kept to at most the same number of words), then the
 * unit's name.
 */
export async function weeklySheetPdf(sheet: WeeklySheet, options: SheetOptions): Promise<Buffer> {
  if (sheet.items.length < 1 || sheet.items.length > MOST_ITEMS) {
    throw new RangeError(`A weekly sheet takes 1 to ${MOST_ITEMS} items, not ${sheet.items.length}`)
  }
  const full: Kept<Part> = {
    textSteps: LARGEST_TITLE - SMALLEST_TITLE,
    // No layout is tried on more words than could ever fit the page.
    titleWords: Math.max(...sheet.items.map((item) => wordsWithin(wordsOf(item.title), charsThatCouldFit(CONTENT, SMALLEST_TITLE, 0.95)))),
    unitWords: wordsWithin(wordsOf(sheet.unitName), charsThatCouldFit(CONTENT, 19, 1)),
  }
  const infoLine = infoLines(sheet)
  return fitOnePage(full, CUT_ORDER, (kept) => weeklySheet(sheet, kept, infoLine, options))
}
