import { formatDateVi, toVietnamIso, vietnamWeek } from '@reform/shared'

/** One unit's week of news: its bounds (ISO, +07:00), a label for people, and its items newest first. */
export type UnitWeek<T> = { start: string; end: string; label: string; items: T[] }

/** "23/11 – 29/11/2026"; across a year "29/12/2025 – 04/01/2026". */
function weekLabel(start: Date, end: Date): string {
  const [first, last] = [formatDateVi(start), formatDateVi(end)]
  return first.slice(-4) === last.slice(-4) ? `${first.slice(0, -5)} – ${last}` : `${first} – ${last}`
}

/**
 * The week (Monday 00:00 to Sunday 23:59:59, Asia/Ho_Chi_Minh) of the newest item, with that week's
 * items newest first, at most `limit` of them. Taken from the content alone, never from the clock,
 * so the same content always builds the same week. Undefined when there is no item.
 */
export function unitWeek<T extends { publishedAt: string }>(itemsNewestFirst: T[], limit = Infinity): UnitWeek<T> | undefined {
  if (itemsNewestFirst.length === 0) return undefined
  const newest = Math.max(...itemsNewestFirst.map((item) => Date.parse(item.publishedAt)))
  const { start, end } = vietnamWeek(newest)
  const inWeek = itemsNewestFirst.filter((item) => {
    const time = Date.parse(item.publishedAt)
    return time >= start.getTime() && time <= end.getTime()
  })
  return { start: toVietnamIso(start), end: toVietnamIso(end), label: weekLabel(start, end), items: inWeek.slice(0, limit) }
}
