import { readFile } from 'node:fs/promises'
import subsetFont from 'subset-font'

/**
 * What print files can show: Latin with Vietnamese, combining marks, punctuation, currency,
 * arrows and a few symbols. pdfkit parses a document's fonts anew for every PDF; cut to these
 * (~110 KB a face instead of 630 KB), a sheet is made about 4× faster. A letter outside (Greek,
 * Cyrillic, emoji) prints as an empty box, as it would in Noto Sans without its other scripts.
 */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x2122],
  [0x2190, 0x2199],
  [0x2212, 0x2212],
  [0x25a0, 0x25cf],
]

const PRINTED_TEXT = RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => String.fromCodePoint(first + offset))).join('')

/** A font file cut to the characters print files can show, still a TrueType font with its cmap and layout tables. */
export async function printedFont(file: string): Promise<Buffer> {
  return subsetFont(await readFile(file), PRINTED_TEXT, { targetFormat: 'truetype' })
}
