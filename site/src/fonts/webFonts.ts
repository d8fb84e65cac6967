import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import subsetFont from 'subset-font'

/*
 * The site's web font: Noto Sans (variable weight) from @fontsource-variable/noto-sans, cut to the
 * letters Vietnamese and the site use, and to the weights the stylesheet asks for (400 to 700). The
 * package's own files split the font by script, and its Latin Extended part (168 KB) took every
 * Vietnamese page's ă, đ, ơ, ư; cut this way a page loads about 28 KB of font instead of 218 KB.
 * A character outside (Greek, Cyrillic, arrows, emoji) is drawn by the reader's own sans-serif.
 *
 * The cut files and their @font-face rules are committed beside this file (`npm run fonts -w site`
 * writes them again); a test checks they are what this file makes.
 */

type Range = readonly [first: number, last?: number]

/** A part of the font: the package file it is cut from, the characters it keeps, and the file it becomes. */
export type FontPart = { source: string; file: string; ranges: readonly Range[] }

export const WEIGHTS = { min: 400, max: 700 } as const

export const FONT_FAMILY = 'Noto Sans Variable'

export const FONT_PARTS: readonly FontPart[] = [
  {
    source: 'noto-sans-latin-wght-normal.woff2',
    file: 'noto-sans-latin.woff2',
    ranges: [
      [0x20, 0x7e], // ASCII
      [0xa0, 0xff], // Latin-1: à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals, « » © · × …
      [0x2010, 0x2027], // dashes, quotation marks, bullet, ellipsis
      [0x2030], // ‰
      [0x2032, 0x2033], // ′ ″
      [0x2039, 0x203a], // ‹ › (breadcrumbs)
      [0x2044], // ⁄
      [0x20ac], // €
      [0x2122], // ™
      [0x2212], // − (minus)
    ],
  },
  {
    source: 'noto-sans-vietnamese-wght-normal.woff2',
    file: 'noto-sans-vietnamese.woff2',
    ranges: [
      [0x102, 0x103], // Ă ă
      [0x110, 0x111], // Đ đ
      [0x128, 0x129], // Ĩ ĩ
      [0x168, 0x169], // Ũ ũ
      [0x1a0, 0x1a1], // Ơ ơ
      [0x1af, 0x1b0], // Ư ư
      [0x300, 0x301], // combining grave, acute (text pasted decomposed)
      [0x303], // combining tilde
      [0x309], // combining hook above
      [0x323], // combining dot below
      [0x1ea0, 0x1ef9], // ạ ả ấ ầ ẩ ẫ ậ … ỹ: the rest of Vietnamese
      [0x20ab], // ₫
    ],
  },
]

const characters = (ranges: readonly Range[]) =>
  ranges.flatMap(([first, last = first]) => Array.from({ length: last - first + 1 }, (_, offset) => String.fromCodePoint(first + offset))).join('')

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')

/** The CSS unicode-range of a part (U+0020-007E,U+2030,…): a browser asks for the file only for a character in it. */
export const unicodeRange = (ranges: readonly Range[]) => ranges.map(([first, last]) => (last === undefined ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',')

/** A part cut from the package's file: WOFF2, the weight axis narrowed to 400–700. */
export async function cutFontPart(part: FontPart): Promise<Buffer> {
  const source = createRequire(import.meta.url).resolve(`@fontsource-variable/noto-sans/files/${part.source}`)
  return subsetFont(await readFile(source), characters(part.ranges), { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } })
}

/** The @font-face rules for the parts, with their files beside the stylesheet. */
export function fontFaceCss(): string {
  const header = '/* Written by src/fonts/webFonts.ts (npm run fonts -w site): do not edit. */\n'
  return (
    header +
    FONT_PARTS.map(
      (part) => `@font-face {
  font-family: '${FONT_FAMILY}';
  font-style: normal;
  font-display: swap;
  font-weight: ${WEIGHTS.min} ${WEIGHTS.max};
  src: url('./${part.file}') format('woff2');
  unicode-range: ${unicodeRange(part.ranges)};
}
`,
    ).join('\n')
  )
}
