import { formatDateVi, toNFC } from '@reform/shared'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fitOnePage, type Kept } from './fitOnePage'
import { qrCode } from './qrCode'
import { shortUrl } from './shortUrl'
import { ACCENT, MUTED, paperScale, rule, type Paper } from './sheetPaper'
import { charsThatCouldFit, keepWords, wordsOf, wordsWithin } from './textCut'

export type { Paper } from './sheetPaper'
export { weeklySheetPdf } from './weeklySheet'

export type SheetItem = {
  title: string
  summary?: string | null
  keyPoints: string[]
  unitName?: string
  /** ISO 8601 */
  publishedAt: string
  /** absolute */
  url: string
}

type SheetOptions = { paper: Paper; portalName: string }

// The design, in A4 points: read at 1–2 m, so the title is at least 28 pt and the text 16 pt.
// Line heights are pdfmake's factors of Noto Sans's own line, which is already 1.36 em.
const SIDE = 48
const TOP = 40
const FOOTER = 232
const QR_SIZE = 160
const TITLE = { largest: 32, smallest: 28, step: 2, lineHeight: 0.95 }
const SUMMARY = { size: 18, lineHeight: 1.05 }
const TEXT = { size: 16, lineHeight: 1.05 }
const CONTENT = { width: 595.28 - 2 * SIDE, height: 841.89 - TOP - FOOTER }

/** What gives way when the sheet is too long, first to last. */
const CUT_ORDER = ['keyPoints', 'summaryWords', 'titleSteps', 'titleWords', 'unitWords'] as const
type Part = (typeof CUT_ORDER)[number]

type SheetText = { title: string[]; summary: string[]; keyPoints: string[]; unit: string[] }

/** How many words of a text could ever fit the content box: no layout is tried on a book. */
const wordsThatCouldFit = (words: string[], size: number, lineHeight: number) => wordsWithin(words, charsThatCouldFit(CONTENT, size, lineHeight))

function sheetText(item: SheetItem): SheetText {
  const lines = Math.floor(CONTENT.height / (TEXT.size * TEXT.lineHeight))
  return {
    title: wordsOf(item.title),
    summary: wordsOf(item.summary),
    keyPoints: item.keyPoints
      .map((point) => wordsOf(point))
      .filter((words) => words.length)
      .slice(0, lines)
      .map((words) => keepWords(words, wordsThatCouldFit(words, TEXT.size, TEXT.lineHeight))),
    unit: wordsOf(item.unitName),
  }
}

function qrFooter(url: string, pt: (a4: number) => number): Content {
  return {
    margin: [pt(SIDE), 0, pt(SIDE), 0],
    stack: [
      rule(pt(595.28 - 2 * SIDE), pt(1), [0, 0, 0, pt(14)]),
      {
        columnGap: pt(16),
        columns: [
          {
            width: '*',
            margin: [0, pt(40), 0, 0],
            stack: [
              { text: 'Quét mã QR để đọc toàn văn', bold: true, fontSize: pt(18) },
              { text: 'hoặc gõ địa chỉ in dưới mã vào trình duyệt.', fontSize: pt(TEXT.size), color: MUTED, margin: [0, pt(6), 0, 0] },
            ],
          },
          { width: pt(QR_SIZE), ...qrCode(url, pt(QR_SIZE)) },
        ],
      },
      // The whole width, so that a long address stays on one line (and is copied whole).
      { text: shortUrl(url), link: url, fontSize: pt(12), alignment: 'right', margin: [0, pt(2), pt(12), 0] },
    ],
  }
}

function noticeSheet(item: SheetItem, text: SheetText, kept: Kept<Part>, { paper, portalName }: SheetOptions): TDocumentDefinitions {
  const { pageSize, pt, margins, lineWidth } = paperScale(paper)
  const summary = keepWords(text.summary, kept.summaryWords)
  const keyPoints = text.keyPoints.slice(0, kept.keyPoints)
  const content: Content[] = [
    { text: toNFC(portalName), bold: true, fontSize: pt(TEXT.size), color: ACCENT },
    rule(lineWidth(SIDE), pt(3), margins(0, 6, 0, 0)),
    {
      text: keepWords(text.title, kept.titleWords),
      bold: true,
      fontSize: pt(TITLE.smallest + TITLE.step * kept.titleSteps),
      lineHeight: TITLE.lineHeight,
      margin: margins(0, 18, 0, 0),
    },
    {
      text: [keepWords(text.unit, kept.unitWords), formatDateVi(item.publishedAt)].filter(Boolean).join(' · '),
      fontSize: pt(TEXT.size),
      color: MUTED,
      margin: margins(0, 10, 0, 0),
    },
  ]
  if (summary) content.push({ text: summary, fontSize: pt(SUMMARY.size), lineHeight: SUMMARY.lineHeight, margin: margins(0, 16, 0, 0) })
  if (keyPoints.length) {
    content.push({
      ul: keyPoints.map((point) => ({ text: point, margin: margins(0, 0, 0, 6) })),
      fontSize: pt(TEXT.size),
      lineHeight: TEXT.lineHeight,
      margin: margins(0, 14, 0, 0),
    })
  }
  return {
    pageSize,
    pageMargins: margins(SIDE, TOP, SIDE, FOOTER),
    info: { title: toNFC(item.title), author: toNFC(portalName), creationDate: new Date(item.publishedAt) },
    content,
    footer: qrFooter(item.url, pt),
  }
}

/**
 * A notice-board sheet of one article: always exactly one page. What does not fit gives way in
 * CUT_ORDER: key points from the end, then the summary's last words, then the title's size (down
 * to 28 pt on A4) and words, then the unit's name.
 */
export async function noticeSheetPdf(item: SheetItem, options: SheetOptions): Promise<Buffer> {
  const text = sheetText(item)
  const full: Kept<Part> = {
    keyPoints: text.keyPoints.length,
    summaryWords: wordsThatCouldFit(text.summary, SUMMARY.size, SUMMARY.lineHeight),
    titleSteps: (TITLE.largest - TITLE.smallest) / TITLE.step,
    titleWords: wordsThatCouldFit(text.title, TITLE.smallest, TITLE.lineHeight),
    unitWords: wordsThatCouldFit(text.unit, TEXT.size, TEXT.lineHeight),
  }
  return fitOnePage(full, CUT_ORDER, (kept) => noticeSheet(item, text, kept, options))
}
