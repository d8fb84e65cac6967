import { formatDateVi, toVietnamIso, vietnamWeek } from '@reform/shared'

/** One unit's week of news: its bounds (ISO, +07:00), a label for people, and its items newest first. */
export type UnitWeek<T> = { start: string; end: string; label: string; items: T[] }

/** "23/11 – 29/11/2026"; across a year "29/12/2025 – 04/01/2026". */
function weekLabel(start: Date, end: Date): string {
  const [first, last] = [formatDateVi(start), formatDateVi(end)]
  return first.slice(-4) === last.slice(-4) ? `${first.slice(0, -5)} – ${last}` : `${first} – ${last}`
}

type Week = { from: number; to: number; start: string; end: string; label: string }

// Every unit's week is asked for by several routes on each update, and time-zone arithmetic is slow: each week is worked out once.
const weeks = new Map<number, Week>()

/** The week (Asia/Ho_Chi_Minh) that `time` falls in. */
function weekOf(time: number): Week {
  let week = weeks.get(time)
  if (!week) {
    const { start, end } = vietnamWeek(time)
    week = { from: start.getTime(), to: end.getTime(), start: toVietnamIso(start), end: toVietnamIso(end), label: weekLabel(start, end) }
    weeks.set(time, week)
  }
  return week
}

// A unit's news list is the same list for its page, its scripts and its sheet (content.ts keeps it,
// and never changes it): its week is worked out once for each list.
const asked = new WeakMap<object[], Map<number, UnitWeek<unknown>>>()

/**
 * The week (Monday 00:00 to Sunday 23:59:59, Asia/Ho_Chi_Minh) of the newest item, with that week's
 * items newest first, at most `limit` of them. Taken from the content alone, never from the clock,
 * so the same content always builds the same week. Undefined when there is no item.
 */
export function unitWeek<T extends { publishedAt: string }>(itemsNewestFirst: T[], limit = Infinity): UnitWeek<T> | undefined {
  if (itemsNewestFirst.length === 0) return undefined
  const known = (asked.get(itemsNewestFirst) ?? asked.set(itemsNewestFirst, new Map()).get(itemsNewestFirst)!) as Map<number, UnitWeek<T>>
  let week = known.get(limit)
  if (!week) known.set(limit, (week = weekOfItems(itemsNewestFirst, limit)))
  return week
}

function weekOfItems<T extends { publishedAt: string }>(itemsNewestFirst: T[], limit: number): UnitWeek<T> {
  const newest = Math.max(...itemsNewestFirst.map((item) => Date.parse(item.publishedAt)))
  const { from, to, start, end, label } = weekOf(newest)
  const inWeek = itemsNewestFirst.filter((item) => {
    const time = Date.parse(item.publishedAt)
    return time >= from && time <= to
  })
  return { start, end, label, items: inWeek.slice(0, limit) }
}
