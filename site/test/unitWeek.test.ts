import { describe, expect, it } from 'vitest'
import { unitWeek } from '../src/lib/unitWeek'

const item = (id: number, publishedAt: string) => ({ id, publishedAt })

describe('unitWeek', () => {
  it("is the newest item's week in Vietnam, Monday 00:00 to Sunday 23:59:59, its items newest first", () => {
    const items = [
      item(1, '2026-11-27T03:00:00.000Z'),
      // Monday 23 November, 00:00 in Vietnam: the first moment of the week.
      item(2, '2026-11-22T17:00:00.000Z'),
      // Sunday 22 November, 23:59:59 in Vietnam: the week before.
      item(3, '2026-11-22T16:59:59.000Z'),
      item(4, '2026-11-10T03:00:00.000Z'),
    ]
    expect(unitWeek(items)).toEqual({
      start: '2026-11-23T00:00:00+07:00',
      end: '2026-11-29T23:59:59+07:00',
      label: '23/11 – 29/11/2026',
      items: [items[0], items[1]],
    })
    expect(unitWeek(items.slice(2))?.label).toBe('16/11 – 22/11/2026')
  })

  it('keeps at most `limit` items and is undefined without items', () => {
    const items = [item(1, '2026-11-27T03:00:00.000Z'), item(2, '2026-11-26T03:00:00.000Z'), item(3, '2026-11-25T03:00:00.000Z')]
    expect(unitWeek(items, 2)?.items.map((one) => one.id)).toEqual([1, 2])
    expect(unitWeek([])).toBeUndefined()
  })

  it('names both years of a week across New Year', () => {
    // 00:00 on 1 January 2026 in Vietnam.
    const week = unitWeek([item(1, '2025-12-31T17:00:00.000Z'), item(2, '2025-12-28T16:00:00.000Z')])
    expect(week).toMatchObject({ start: '2025-12-29T00:00:00+07:00', end: '2026-01-04T23:59:59+07:00', label: '29/12/2025 – 04/01/2026' })
    expect(week?.items.map((one) => one.id)).toEqual([1])
  })

  it('finds the week of the newest item even when the list is not in order', () => {
    expect(unitWeek([item(1, '2026-11-10T03:00:00.000Z'), item(2, '2026-11-27T03:00:00.000Z')])?.items.map((one) => one.id)).toEqual([2])
  })
})
