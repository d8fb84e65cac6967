import PDFDocument from 'pdfkit'
import { NOTO_SANS } from './pdfDocument'
import { keepWords } from './textCut'

let measurer: PDFKit.PDFDocument | undefined

/**
 * A line's width in points, by the same fonts and engine (pdfkit) that lay the PDFs out. With
 * default features: `ccmp` off (dotBelowRuns) changes glyphs, not advances.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  // One document for the process: it parses each font once and is never written out.
  measurer ??= new PDFDocument({ autoFirstPage: false })
  return measurer
    .font(bold ? NOTO_SANS.bold : NOTO_SANS.normal)
    .fontSize(fontSize)
    .widthOfString(text)
}

/** As many of the words as one line of `width` points holds, "…" included when some are left out. */
export function oneLine(words: readonly string[], width: number, fontSize: number): string {
  const fits = (count: number) => textWidth(keepWords(words, count), fontSize) <= width
  // No line holds more letters than it has quarter-ems, so more words than that never fit.
  const most = Math.ceil(width / (fontSize / 4))
  if (words.length <= most && fits(words.length)) return keepWords(words, words.length)
  // `low` fits, `high` does not.
  let [low, high] = [0, Math.min(words.length, most + 1)]
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (fits(middle)) low = middle
    else high = middle
  }
  return keepWords(words, low)
}
