import { matchOf } from './searchText'

/** A Pagefind result whose text has been loaded: its place in Pagefind's order, title and text. */
export type LoadedResult = { title: string; text: string }

/**
 * How well a result meets the query, beyond Pagefind's own score: the words together in the
 * query's order above the words apart, the query's accents above folded spellings, a phrase in
 * the title above one in the text only. Pagefind ranks words one by one (no notion of adjacency)
 * and treats đời, đổi and dổi alike for "doi", so its order is kept only within a tier.
 */
export function tierOf(query: string, { title, text }: LoadedResult): number {
  const match = matchOf(query, text)
  const tier = match.exactPhrase ? 8 : match.phrase ? 6 : match.exactAll ? 4 : match.all ? 2 : 0
  return match.phrase && matchOf(query, title).phrase ? tier + 1 : tier
}

/** `results` (in Pagefind's order) reordered by tier, Pagefind's order kept within one. */
export function rankResults<T extends LoadedResult>(query: string, results: T[]): T[] {
  return results
    .map((result, order) => ({ result, order, tier: tierOf(query, result) }))
    .sort((a, b) => b.tier - a.tier || a.order - b.order)
    .map(({ result }) => result)
}
