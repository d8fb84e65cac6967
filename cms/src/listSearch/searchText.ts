import { foldVietnamese } from '@reform/shared'

/** The name of the hidden field that holds a document's searchable text, folded. */
export const SEARCH_FIELD = 'searchText'

/**
 * What the admin's list search matches a document by: the text of `sources` without case, tone or
 * vowel marks and with đ as d ("Đổi mới" → "doi moi"), one space between words.
 */
export function searchTextOf(doc: Record<string, unknown>, sources: readonly string[]): string {
  const parts = sources.map((source) => doc[source]).filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
  // A feedback item's public title starts as its subject: once is enough.
  return foldVietnamese([...new Set(parts.map(String))].join(' '))
    .replace(/\s+/g, ' ')
    .trim()
}

/** A typed query as the search field holds text: "Đổi Mới" → "doi moi". */
export function foldQuery(query: string): string {
  return foldVietnamese(query).replace(/\s+/g, ' ').trim()
}
