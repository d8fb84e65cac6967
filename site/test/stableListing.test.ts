import { describe, expect, it } from 'vitest'
import { listingParam, stableListing } from '../src/lib/listing/stableListing'

const LIST = '/tin-tuc/'
/** Items newest first: item n is the n-th ever published. */
const published = (count: number) => Array.from({ length: count }, (_, index) => count - index)
const byPage = (count: number) => new Map(stableListing(published(count), LIST).map(({ part, page }) => [part ?? 0, JSON.stringify(page)]))

describe('listing pages that stay as they are', () => {
  it('shows every item once, newest first, the listing itself never nearly empty', () => {
    for (let count = 0; count <= 130; count++) {
      const pages = stableListing(published(count), LIST)
      expect(pages.flatMap(({ page }) => page.items)).toEqual(published(count))
      const own = pages[0]!.page.items.length
      expect(own).toBe(count <= 40 ? count : own)
      if (count > 40) expect(own).toBeGreaterThan(20)
      expect(own).toBeLessThanOrEqual(40)
      for (const { page } of pages.slice(1)) expect(page.items).toHaveLength(20)
    }
  })

  it('links each page to the next older and newer one, parts counted from the oldest', () => {
    const pages = stableListing(published(95), LIST)
    expect(pages.map(({ part }) => listingParam(part))).toEqual([undefined, '3', '2', '1'])
    expect(pages.map(({ page }) => [page.newer, page.older])).toEqual([
      [undefined, '/tin-tuc/3/'],
      ['/tin-tuc/', '/tin-tuc/2/'],
      ['/tin-tuc/3/', '/tin-tuc/1/'],
      ['/tin-tuc/2/', undefined],
    ])
    // Part 1 holds the first twenty ever published.
    expect(pages.at(-1)!.page.items).toEqual(published(20))
  })

  it('changes the listing itself and at most two other pages when an item is published', () => {
    for (let count = 0; count < 300; count++) {
      const before = byPage(count)
      const after = byPage(count + 1)
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((part) => before.get(part) !== after.get(part))
      expect(changed.filter((part) => part !== 0).length, `publishing item ${count + 1}`).toBeLessThanOrEqual(2)
    }
  })
})
