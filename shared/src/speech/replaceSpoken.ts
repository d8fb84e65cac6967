/** Where a replacement stands: the characters just before and after the match, and whether a sentence starts there. */
export type SpokenPlace = { previous: string; next: string; sentenceStart: boolean }

// Openers a sentence may start with: list bullets, quotes, brackets.
const OPENERS = `[\\s\\-–•*+"“‘'(]*`
const AT_TEXT_START = new RegExp(`^${OPENERS}$`)
const AFTER_SENTENCE = new RegExp(`(?:[.!?…]["'”’)]*\\s|\\n)${OPENERS}$`)

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

/**
 * `text.replace(pattern, ...)` for turning written forms into spoken ones. A replacement that takes
 * the place of a capital or a digit at the start of a sentence starts with a capital itself
 * ("CCHC là…" → "Cải cách hành chính là…", "95% hồ sơ" → "Chín mươi lăm phần trăm hồ sơ").
 */
export function replaceSpoken(text: string, pattern: RegExp, replace: (match: string, place: SpokenPlace, ...groups: string[]) => string): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const named = typeof rest.at(-1) === 'object' ? 1 : 0
    const offset = rest.at(-2 - named) as number
    const groups = rest.slice(0, -2 - named) as string[]
    const before = text.slice(Math.max(0, offset - 40), offset)
    const sentenceStart = (offset <= 40 ? AT_TEXT_START.test(before) : false) || AFTER_SENTENCE.test(before)
    const spoken = replace(match, { previous: before.slice(-1), next: text.charAt(offset + match.length), sentenceStart }, ...groups)
    return sentenceStart && /^[\p{Lu}\p{N}]/u.test(match) ? capitalise(spoken) : spoken
  })
}
