import { formatDateVi, toNFC } from '@reform/shared'
import type { Content, Style, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fitOnePage, type Kept } from './fitOnePage'
import type { Paper, SheetItem } from './noticeSheet'
import { qrCode } from './qrCode'
import { shortUrl } from './shortUrl'
import { ACCENT, MUTED, paperScale, rule } from './sheetPaper'
import { charsThatCouldFit, keepWords, wordsOf, wordsWithin } from './textCut'
import { oneLine } from './textWidth'

type WeeklySheet = { unitName: string; weekLabel: string; items: SheetItem[]; url: string }
type SheetOptions = { paper: Paper; portalName: string }

// The design, in A4 points. An item's title is 16 to 20 pt, its summary 4 pt smaller.
const SIDE = 40
const TOP = 32
const FOOTER = 64
const QR_SIZE = 100
const GAP = 14
const TEXT_WIDTH = 595.28 - 2 * SIDE - QR_SIZE - GAP
const SMALLEST_TITLE = 16
const MOST_ITEMS = 5
const CONTENT = { width: TEXT_WIDTH, height: 841.89 - TOP - FOOTER }

/** What gives way when the sheet is too long, first to last. */
const CUT_ORDER = ['textSteps', 'titleWords', 'unitWords'] as const
type Part = (typeof CUT_ORDER)[number]

function itemBlock(item: SheetItem, title: string, sheet: WeeklySheet, titleSize: number, pt: (a4: number) => number): Content {
  const summarySize = titleSize - 4
  const summary = oneLine(wordsOf(item.summary), TEXT_WIDTH * 0.98, summarySize)
  // The sheet's own unit goes without saying; a unit below it does not.
  const unit = item.unitName && toNFC(item.unitName) !== toNFC(sheet.unitName) ? toNFC(item.unitName) : ''
  const small = { fontSize: pt(12), color: MUTED, margin: [0, pt(2), 0, 0] } satisfies Style
  return {
    columnGap: pt(GAP),
    columns: [
      {
        width: '*',
        stack: [
          { text: title, link: item.url, bold: true, fontSize: pt(titleSize), lineHeight: 1.1 },
          ...(summary ? [{ text: summary, fontSize: pt(summarySize), margin: [0, pt(3), 0, 0] } satisfies Content] : []),
          { text: [unit, formatDateVi(item.publishedAt)].filter(Boolean).join(' · '), ...small },
          { text: shortUrl(item.url), link: item.url, ...small },
        ],
      },
      { width: pt(QR_SIZE), ...qrCode(item.url, pt(QR_SIZE)) },
    ],
  }
}

function weeklySheet(sheet: WeeklySheet, kept: Kept<Part>, { paper, portalName }: SheetOptions): TDocumentDefinitions {
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
        itemBlock(item, keepWords(wordsOf(item.title), kept.titleWords), sheet, titleSize, pt),
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
 * does not fit gives way in CUT_ORDER: the items' type size (title 20 → 16 pt on A4), then the
 * titles' last words (all cut to the same length), then the unit's name.
 */
export async function weeklySheetPdf(sheet: WeeklySheet, options: SheetOptions): Promise<Buffer> {
  if (sheet.items.length < 1 || sheet.items.length > MOST_ITEMS) {
    throw new RangeError(`A weekly sheet takes 1 to ${MOST_ITEMS} items, not ${sheet.items.length}`)
  }
  const full: Kept<Part> = {
    textSteps: 4,
    // No layout is tried on more words than could ever fit the page.
    titleWords: Math.max(...sheet.items.map((item) => wordsWithin(wordsOf(item.title), charsThatCouldFit(CONTENT, SMALLEST_TITLE, 1.1)))),
    unitWords: wordsWithin(wordsOf(sheet.unitName), charsThatCouldFit(CONTENT, 19, 1)),
  }
  return fitOnePage(full, CUT_ORDER, (kept) => weeklySheet(sheet, kept, options))
}
