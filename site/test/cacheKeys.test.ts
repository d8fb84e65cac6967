import { beforeAll, describe, expect, it } from 'vitest'
import { withCacheKeys } from '../src/lib/cacheKeys'
import { installLiveContent } from '../src/lib/liveContent'

// As the live renderer asks every route again on each update: the keys of the last call are kept.
beforeAll(() => installLiveContent())

const article = (id: number, title: string) => ({ id, updatedAt: '2026-12-01T00:00:00.000Z', title })

/** A route's paths as a facet route makes them: a menu shared by every page, the documents listed. */
function facetPaths(
  groups: { value: string; items: ReturnType<typeof article>[] }[],
  menu = { facets: groups.map((group) => ({ value: group.value, count: group.items.length })) },
) {
  return groups.map((group) => ({ params: { facet: 'loai', value: group.value }, props: { menu, items: group.items } }))
}

const keys = (paths: { cacheKey: string }[]) => paths.map((path) => path.cacheKey)

describe('withCacheKeys, asked again', () => {
  const a = article(1, 'Một')
  const b = article(2, 'Hai')
  const groups = () => [
    { value: 'x', items: [a] },
    { value: 'y', items: [a, b] },
  ]

  it('gives the same key to the same inputs, and the key a path with copies of them gets', () => {
    const first = keys(withCacheKeys(facetPaths(groups())))
    expect(new Set(first).size).toBe(2)
    expect(keys(withCacheKeys(facetPaths(groups())))).toEqual(first)
    // New objects, same content (a document synced again unchanged): not the same objects, the same keys.
    expect(keys(withCacheKeys(facetPaths(structuredClone(groups()))))).toEqual(first)
  })

  it('gives a new key to a path whose document is replaced, and only to it', () => {
    const first = keys(withCacheKeys(facetPaths(groups())))
    const changed = keys(
      withCacheKeys(
        facetPaths([
          { value: 'x', items: [a] },
          { value: 'y', items: [a, article(2, 'Hai, sửa')] },
        ]),
      ),
    )
    expect(changed[0]).toBe(first[0])
    expect(changed[1]).not.toBe(first[1])
  })

  it('sees a value changed in place since the last call (only documents are taken as never changing)', () => {
    const menu = { facets: [{ value: 'x', count: 1 }] }
    const first = keys(withCacheKeys(facetPaths([{ value: 'x', items: [a] }], menu)))
    menu.facets[0]!.count = 2
    const after = keys(withCacheKeys(facetPaths([{ value: 'x', items: [a] }], menu)))
    expect(after[0]).not.toBe(first[0])
  })

  it('keeps apart two routes whose paths have the same params and props', () => {
    const articleSheet = () => [{ params: { slug: 'a', sheet: 'a4' }, props: { item: { title: 'Tin' } } }]
    const practiceSheet = () => [{ params: { slug: 'a', sheet: 'a4' }, props: { item: { title: 'Mô hình' } } }]
    const [article, practice] = [keys(withCacheKeys(articleSheet())), keys(withCacheKeys(practiceSheet()))]
    expect(article).not.toEqual(practice)
    expect([keys(withCacheKeys(articleSheet())), keys(withCacheKeys(practiceSheet()))]).toEqual([article, practice])
  })

  it('sees a value it cannot copy (a date) changed in place', () => {
    const published = new Date('2026-12-01T00:00:00.000Z')
    const paths = () => [{ params: { slug: 'a' }, props: { article: a, published } }]
    const first = keys(withCacheKeys(paths()))
    expect(keys(withCacheKeys(paths()))).toEqual(first)
    published.setUTCDate(2)
    expect(keys(withCacheKeys(paths()))).not.toEqual(first)
  })

  it('gives a changed shared value to every path that has it', () => {
    const first = keys(withCacheKeys(facetPaths(groups())))
    const paths = facetPaths(groups(), { facets: [{ value: 'x', count: 9 }] })
    expect(keys(withCacheKeys(paths)).every((key, index) => key !== first[index])).toBe(true)
  })
})
