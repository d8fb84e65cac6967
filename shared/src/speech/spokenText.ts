import { toNFC } from '../text/normalize'
import { expandAbbreviations } from './expandAbbreviations'
import { readNumber } from './readNumber'
import { replaceSpoken } from './replaceSpoken'

/** Addresses are left as they are written (numbers in them are not amounts). */
const ADDRESS = /(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** A numeric reference's character; one that names none (past U+10FFFF, a lone surrogate) stays as written. */
const characterOf = (code: number, entity: string): string => (code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity)

/** Plain text from anything that looks like markup: scripts and styles dropped, tags gone, blocks on lines of their own. */
function withoutMarkup(text: string): string {
  let plain = text
  // Twice: "&lt;b&gt;" decodes to another tag.
  for (let pass = 0; pass < 2; pass++) {
    plain = plain
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
      .replace(/<\/?[a-z!][^>]*>/gi, ' ')
      .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal?: string, hex?: string, name?: string) =>
        decimal || hex ? characterOf(Number.parseInt((decimal ?? hex)!, decimal ? 10 : 16), entity) : (ENTITIES[name!.toLowerCase()] ?? entity),
      )
  }
  return plain.replace(/[<>]/g, ' ')
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 }

function fromRoman(numeral: string): number {
  let value = 0
  for (let index = 0; index < numeral.length; index++) {
    const digit = ROMAN[numeral[index]!]!
    value += digit < (ROMAN[numeral[index + 1]!] ?? 0) ? -digit : digit
  }
  return value
}

const isDay = (day: string) => Number(day) >= 1 && Number(day) <= 31
const isMonth = (month: string) => Number(month) >= 1 && Number(month) <= 12
const said = (number: string) => String(Number(number))

/** A document's symbol: "KH-UBND" → "Kế hoạch Ủy ban nhân dân", "QH13" → "Quốc hội 13". */
function symbolSaid(symbol: string): string {
  const spaced = symbol.replace(/(\p{L})(\d)/gu, '$1 $2')
  const expanded = expandAbbreviations(spaced).replace(/-/g, ' ')
  return expanded.charAt(0).toLocaleUpperCase('vi') + expanded.slice(1)
}

/** The written forms of one run of prose (no addresses in it), in the order they must be read. */
const STEPS: Array<[RegExp, Parameters<typeof replaceSpoken>[2]]> = [
  // Roman numerals after the words that take them: "quý IV" → "quý 4", "Khóa XV" → "Khóa 15".
  [
    /(?<![\p{L}])((?:[Qq]uý|[Kk]hóa|[Kk]hoá|[Kk]ỳ|[Ll]ần thứ|[Tt]hứ|[Pp]hần|[Cc]hương|[Mm]ục)\s+)(X{0,3}(?:IX|IV|V?I{0,3}))(?![\p{L}\p{N}])/gu,
    (match, _, lead, numeral) => (numeral ? `${lead}${fromRoman(numeral)}` : match),
  ],
  // Document numbers: "Kế hoạch số 145/KH-UBND", "61/2018/NĐ-CP", "80/2015/QH13".
  [
    /(?<![\p{L}\p{N}/])((?:số|Số)\s+)?(\d{1,5})((?:\/\d{4})?)\/(\p{Lu}[\p{L}\d]{0,11}(?:-[\p{L}\d]{1,12}){0,4})(?![\p{L}\p{N}])/gu,
    (match, _, lead, number, year, symbol) => `${lead ?? 'số '}${said(number!)}${year ? ` trên ${year.slice(1)}` : ''} trên ${symbolSaid(symbol!)}`,
  ],
  // Dates: "12/3/2026", "ngày 03/12/2026", "12-3-2026", "12.3.2026".
  [
    /(?<![\p{L}\p{N}/.-])((?:ngày|Ngày)\s+)?(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?![\p{N}]|[/.-]\d)/gu,
    (match, _, lead, day, __, month, year) => (isDay(day!) && isMonth(month!) ? `${lead ?? 'ngày '}${said(day!)} tháng ${said(month!)} năm ${year}` : match),
  ],
  // ISO dates: "2026-03-12".
  [
    /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu,
    (match, _, year, month, day) => (isDay(day!) && isMonth(month!) ? `ngày ${said(day!)} tháng ${said(month!)} năm ${year}` : match),
  ],
  // A day and month after a word that announces a date: "ngày 1/7", "từ 1/7", "sáng 12/3".
  [
    /(?<![\p{L}])(ngày|từ|đến|sáng|trưa|chiều|tối|đêm|hôm)\s+(\d{1,2})\/(\d{1,2})(?![\p{N}/])/giu,
    (match, _, lead, day, month) => (isDay(day!) && isMonth(month!) ? `${/^ngày$/i.test(lead!) ? lead : `${lead} ngày`} ${said(day!)} tháng ${said(month!)}` : match),
  ],
  // A month or quarter of a year: "tháng 3/2026", "quý 4/2026".
  [/(?<![\p{L}])(tháng|quý)\s+(\d{1,2})\/(\d{4})(?![\p{N}/])/giu, (match, _, lead, part, year) => `${lead} ${said(part!)} năm ${year}`],
  // Times: "14:30", "14h30", "7g15", "14h", "00:00".
  [
    /(?<![\p{L}\p{N}:])([01]?\d|2[0-3])(?::|h|g)([0-5]\d)(?:'|ph|p)?(?![\p{L}\p{N}:])/gu,
    (match, _, hour, minute) => `${said(hour!)} giờ${Number(minute) ? ` ${said(minute!)} phút` : ''}`,
  ],
  [/(?<![\p{L}\p{N}:])(\d{1,3})h(?![\p{L}\p{N}])/gu, (match, _, hours) => `${said(hours!)} giờ`],
  // Percentages: "95%", "98,6 %".
  [/(\d)\s?%/gu, (match, _, digit) => `${digit} phần trăm`],
  [/%/gu, () => ' phần trăm'],
  // Ranges: "2021-2025", "15 – 20".
  [/(?<=\d)\s?[–—]\s?(?=\d)|(?<=\d)-(?=\d)/gu, () => ' đến '],
  [/\s?&\s?/gu, () => ' và '],
  // "COVID-19" → "COVID 19": the hyphen is not said.
  [/(?<=\p{L})-(?=\d)/gu, () => ' '],
  // Said differently from the number: "tháng 4" (tư), "thứ 4" (tư), "thứ 1" (nhất).
  [/(?<![\p{L}])(tháng|thứ)\s+4(?![\p{N}]|[.,]\d)/giu, (match, _, lead) => `${lead} tư`],
  [/(?<![\p{L}])(thứ)\s+1(?![\p{N}]|[.,]\d)/giu, (match, _, lead) => `${lead} nhất`],
]

/** Every number left, in words: "1.234", "95,5", "2026", "145". */
const NUMBER = /(?<![\p{N}])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:\.\d+)+|\d+(?:,\d+)?)(?![\p{N}])/gu

function spokenProse(text: string): string {
  let spoken = text
  for (const [pattern, replace] of STEPS) spoken = replaceSpoken(spoken, pattern, replace)
  spoken = expandAbbreviations(spoken)
  // A number against a letter gets a space: "QH13" → "QH mười ba", "5G" → "năm G".
  return replaceSpoken(spoken, NUMBER, (match, { previous, next }) => {
    const words = readNumber(match)
    return `${/\p{L}/u.test(previous) ? ' ' : ''}${words}${/\p{L}/u.test(next) ? ' ' : ''}`
  })
}

/**
 * Plain text as an announcer reads it aloud (loudspeaker scripts): NFC; markup removed; document
 * numbers, dates, times and percentages as they are said; abbreviations of ABBREVIATIONS written
 * out; then every number in words. Paragraphs stay on lines of their own; list bullets go.
 */
export function spokenText(text: string): string {
  const plain = withoutMarkup(toNFC(text))
    .replace(/^[ \t]*[*•+\-–][ \t]+/gm, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return plain
    .split(ADDRESS)
    .map((part, index) => (index % 2 === 1 ? part : spokenProse(part)))
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .trim()
}
