import { foldVietnamese } from '@reform/shared/fold'

/** The words of `text` in reading order, lower case, NFC: "145/KH-UBND" → ["145", "kh", "ubnd"]. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * A result's text without the d-spellings of its đ-words that the page carries last for the index
 * (SearchFields.astro): the trailing run of words that are a d-spelling of one of its đ-words.
 */
export function withoutAliases(content: string): string {
  const aliases = new Set(
    wordsOf(content)
      .filter((word) => /đ/.test(word))
      .map((word) => word.replace(/đ/g, 'd')),
  )
  const parts = content.trimEnd().split(/(\s+)/)
  while (parts.length > 0) {
    const word = wordsOf(parts.at(-1)!)
    if (word.length === 0 || word.every((part) => aliases.has(part))) parts.pop()
    else break
  }
  return parts.join('').trimEnd()
}

/** How a query's words meet a text: together in order (a phrase) or anywhere, with the query's accents or folded. */
export type Match = { exactPhrase: boolean; phrase: boolean; exactAll: boolean; all: boolean }

/** The last query word may be half typed: it matches a word it begins. */
const wordMatches = (word: string, query: string, last: boolean) => (last ? word.startsWith(query) : word === query)

function containsPhrase(words: string[], query: string[]): boolean {
  for (let start = 0; start + query.length <= words.length; start++) {
    if (query.every((part, offset) => wordMatches(words[start + offset]!, part, offset === query.length - 1))) return true
  }
  return false
}

const containsAll = (words: string[], query: string[]) => query.every((part, index) => words.some((word) => wordMatches(word, part, index === query.length - 1)))

export function matchOf(query: string, text: string): Match {
  const queryWords = wordsOf(query)
  const words = wordsOf(text)
  if (queryWords.length === 0) return { exactPhrase: false, phrase: false, exactAll: false, all: false }
  const foldedQuery = queryWords.map(foldVietnamese)
  const foldedWords = words.map(foldVietnamese)
  return {
    exactPhrase: containsPhrase(words, queryWords),
    phrase: containsPhrase(foldedWords, foldedQuery),
    exactAll: containsAll(words, queryWords),
    all: containsAll(foldedWords, foldedQuery),
  }
}

/** A piece of an excerpt; `hit` marks a word of the query. */
export type ExcerptPart = { text: string; hit: boolean }

/**
 * About `length` words of `text` around the first place the query's words meet (the phrase if the
 * text has it, else the first query word), each query word marked. Built from the result's own
 * text, not Pagefind's excerpt, which may fall on the hidden d-spellings.
 */
export function excerptOf(query: string, text: string, length = 30): ExcerptPart[] {
  const foldedQuery = wordsOf(query).map(foldVietnamese)
  const tokens = text.split(/\s+/).filter(Boolean)
  const tokenWords = tokens.map((token) => wordsOf(token).map(foldVietnamese))
  // Every word with the token it is in ("145/KH-UBND" is one token of three words).
  const words = tokenWords.flatMap((parts, token) => parts.map((word) => ({ word, token })))
  const isHit = (token: number) => tokenWords[token]!.some((word) => foldedQuery.some((part, index) => wordMatches(word, part, index === foldedQuery.length - 1)))
  let start = -1
  for (let at = 0; start < 0 && at + foldedQuery.length <= words.length; at++) {
    if (
      containsPhrase(
        words.slice(at, at + foldedQuery.length).map(({ word }) => word),
        foldedQuery,
      )
    )
      start = words[at]!.token
  }
  if (start < 0)
    start = Math.max(
      0,
      tokens.findIndex((_, token) => isHit(token)),
    )
  const from = Math.max(0, Math.min(start - Math.floor(length / 4), tokens.length - length))
  const to = Math.min(tokens.length, from + length)
  const parts: ExcerptPart[] = from > 0 ? [{ text: '… ', hit: false }] : []
  for (let token = from; token < to; token++) {
    parts.push({ text: tokens[token]!, hit: isHit(token) })
    if (token < to - 1) parts.push({ text: ' ', hit: false })
  }
  if (to < tokens.length) parts.push({ text: ' …', hit: false })
  return parts
}
