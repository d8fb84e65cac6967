import { afterEach, describe, expect, it, vi } from 'vitest'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { syncCollection, syncRecentChanges, type DocumentStore } from '../src/loaders/syncCollection'

const stamp = '2026-12-01T03:00:00.000Z'
const result = (id: number, rank: number | null) => ({ id, index: 'par-index', year: 2025, unit: 1, score: 80, rank, components: [], updatedAt: stamp })

/** A CMS answering every list request of index-results with `docs` (in one page). */
function fakeCms(docs: Array<Record<string, unknown>>) {
  vi.stubGlobal('fetch', async (url: string) => {
    const ids =
      new URL(url).searchParams.get('where[id][in][0]') === null
        ? undefined
        : [...new URL(url).searchParams.entries()].filter(([key]) => key.startsWith('where[id][in]')).map(([, value]) => Number(value))
    const after = Number(new URL(url).searchParams.get('where[and][0][id][greater_than]') ?? new URL(url).searchParams.get('where[and][1][id][greater_than]') ?? 0)
    const matching = docs.filter((doc) => (ids ? ids.includes(doc.id as number) : (doc.id as number) > after))
    return new Response(JSON.stringify({ docs: matching, totalDocs: docs.length, page: 1, hasNextPage: false }), { headers: { 'content-type': 'application/json' } })
  })
}

function memoryStore(): DocumentStore & { ids: () => string[] } {
  const docs = new Map<string, Record<string, unknown>>()
  return {
    keys: () => docs.keys(),
    get: (id) => (docs.has(id) ? { data: docs.get(id)! } : undefined),
    set: ({ id, data }) => docs.set(id, data),
    delete: (id) => void docs.delete(id),
    ids: () => [...docs.keys()],
  }
}

const options = { cms: 'http://cms.test', ...PUBLIC_COLLECTIONS.indexResults, mirrorDir: '/nonexistent' }

afterEach(() => vi.unstubAllGlobals())

describe('one invalid document never stops the build', () => {
  it('withholds it, naming the document and field in Vietnamese, and keeps the others', async () => {
    fakeCms([result(1, 3), result(2, 1.5), result(3, null)])
    const store = memoryStore()
    const { withheld } = await syncCollection(store, options)
    expect(store.ids()).toEqual(['1', '3'])
    expect(withheld).toEqual([{ collection: 'index-results', id: '2', problems: [{ path: 'rank', message: 'Phải là số nguyên.' }] }])
  })

  it('takes out the last kept version of a document that became invalid, checks it again at every sync, and takes it back once fixed', async () => {
    const store = memoryStore()
    fakeCms([result(1, 3), result(2, 2)])
    await syncCollection(store, options)
    expect(store.ids()).toEqual(['1', '2'])

    fakeCms([result(1, 3), { ...result(2, 1.5), updatedAt: '2026-12-02T03:00:00.000Z' }])
    expect((await syncRecentChanges(store, options, Date.parse('2026-12-02T00:00:00.000Z'))).withheld.map((doc) => doc.id)).toEqual(['2'])
    expect(store.ids()).toEqual(['1'])
    // Unchanged since: still listed as withheld by the next (quick) sync.
    expect((await syncRecentChanges(store, options, Date.parse('2026-12-03T00:00:00.000Z'))).withheld.map((doc) => doc.id)).toEqual(['2'])

    fakeCms([result(1, 3), { ...result(2, 2), updatedAt: '2026-12-03T03:00:00.000Z' }])
    const fixed = await syncRecentChanges(store, options, Date.parse('2026-12-03T00:00:00.000Z'))
    expect(fixed.withheld).toEqual([])
    expect(store.ids().sort()).toEqual(['1', '2'])
  })
})
