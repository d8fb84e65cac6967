import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

type DateInput = Date | string | number

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

const longDateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: VIETNAM_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function instant(value: DateInput): Date {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  return date
}

/**
 * For date-fns's formats, which read the wall-clock fields. The Intl formats above carry the zone
 * themselves and need no zoned date (much cheaper: a site build formats tens of thousands of dates).
 */
const inVietnam = (value: DateInput) => new TZDate(instant(value).getTime(), VIETNAM_TIME_ZONE)

/** Moments a zoned format remembers before it starts again (a few per document of a large site). */
const REMEMBERED = 100_000

/**
 * A date-fns format of the moment in Vietnam, remembered per moment: a zoned date is costly and a
 * site build formats the same publication times over and over (lists, feeds, widgets).
 */
function zonedFormat(pattern: string): (value: DateInput) => string {
  const known = new Map<number, string>()
  return (value) => {
    const time = instant(value).getTime()
    let text = known.get(time)
    // Bounded: "now" (a feed's lastBuildDate) is a new moment every time.
    if (text === undefined && known.size >= REMEMBERED) known.clear()
    if (text === undefined) known.set(time, (text = format(inVietnam(time), pattern)))
    return text
  }
}

/** "21/11/2026" — the calendar day in Vietnam. */
export function formatDateVi(value: DateInput): string {
  return dateFormat.format(instant(value))
}

/** "Thứ Bảy, 21 tháng 11, 2026" */
export function formatLongDateVi(value: DateInput): string {
  return longDateFormat.format(instant(value))
}

/** "08:05, 21/11/2026" — how Vietnamese news sites show a publication time. */
export function formatDateTimeVi(value: DateInput): string {
  const date = instant(value)
  return `${timeFormat.format(date)}, ${dateFormat.format(date)}`
}

/** ISO 8601 with the Vietnam offset, for `<time datetime>`: "2026-11-21T08:05:00+07:00". */
export const toVietnamIso = zonedFormat("yyyy-MM-dd'T'HH:mm:ssXXX")

/** RFC 822 date for RSS, with the Vietnam offset: "Sat, 21 Nov 2026 08:05:00 +0700". */
export const toRfc822Vietnam = zonedFormat('EEE, dd MMM yyyy HH:mm:ss xx')

/** The year of a date as seen in Vietnam (a post at 00:30 on 1 January belongs to the new year). */
export function vietnamYear(value: DateInput): number {
  return inVietnam(value).getFullYear()
}

/** "2026-11": the month of a moment as seen in Vietnam. */
export const vietnamMonth = zonedFormat('yyyy-MM')
