/** An announcer's pace on a commune loudspeaker (a Vietnamese "word" is a syllable). */
export const WORDS_PER_MINUTE = 150

export type ReadingTime = { words: number; minutes: number; label: string }

/** Syllables and numbers; "Vê-en-e-ai-đi" is five. */
const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/**
 * How long a text (or a number of words) takes to read aloud at WORDS_PER_MINUTE, rounded up to the
 * half minute under ten minutes and to the minute from there: "khoảng 2 phút rưỡi đọc".
 */
export function readingTime(textOrWords: string | number): ReadingTime {
  const words = typeof textOrWords === 'number' ? textOrWords : countWords(textOrWords)
  const exact = words / WORDS_PER_MINUTE
  const minutes = Math.max(0.5, exact < 10 ? Math.ceil(exact * 2) / 2 : Math.ceil(exact))
  const whole = Math.floor(minutes)
  const said = whole === 0 ? 'nửa phút' : `${whole} phút${minutes > whole ? ' rưỡi' : ''}`
  return { words, minutes, label: `khoảng ${said} đọc` }
}
