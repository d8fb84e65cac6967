import { toNFC } from '@reform/shared'

/** The words of a text, NFC, white space of any kind between them. */
export function wordsOf(text: string | null | undefined): string[] {
  return toNFC(text ?? '')
    .split(/\s+/u)
    .filter(Boolean)
}

/** The first `count` words; "…" marks that words were left out, after any dangling punctuation. */
export function keepWords(words: readonly string[], count: number): string {
  if (count >= words.length) return words.join(' ')
  if (count <= 0) return ''
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[\s,;:.\-–—]+$/u, '')}…`
}

/**
 * How many of the words fit in `maxChars` characters: a text laid out in a box can hold no more
 * characters than the box has room for at the narrowest letters, so measuring starts there.
 */
export function wordsWithin(words: readonly string[], maxChars: number): number {
  let length = -1
  const index = words.findIndex((word) => (length += word.length + 1) > maxChars)
  return index === -1 ? words.length : index
}

/**
 * The most characters a box could ever hold in a font size: a letter is never narrower than ¼ em,
 * and a line never shorter than `lineHeight` em (Noto Sans's lines are 1.36 times that).
 */
export function charsThatCouldFit(box: { width: number; height: number }, fontSize: number, lineHeight: number): number {
  return Math.ceil(box.width / (fontSize / 4)) * Math.ceil(box.height / (fontSize * lineHeight))
}
