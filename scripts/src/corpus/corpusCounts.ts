import type { CollectionSlug, Payload } from 'payload'

/** What the corpus writes: any of it already there means the database is not empty. */
const CORPUS_COLLECTIONS: CollectionSlug[] = [
  'reform-areas',
  'units',
  'media',
  'document-files',
  'documents',
  'articles',
  'bulletins',
  'practices',
  'index-results',
  'procedure-stats',
]

/** How many documents each collection the corpus writes holds, e.g. { articles: 10000 }. */
export async function corpusCounts(payload: Payload): Promise<Record<string, number>> {
  const counts = await Promise.all(CORPUS_COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const))
  return Object.fromEntries(counts)
}

/** "6 reform-areas, 20 articles" for the collections that hold anything; empty when none does. */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([collection, count]) => `${count} ${collection}`)
    .join(', ')
}
