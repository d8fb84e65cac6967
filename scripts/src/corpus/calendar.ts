import type { Random } from './random'

/**
 * The corpus covers ten fixed years, November 2016 to October 2026, rather than the ten years
 * before today: a run next year must plan the same corpus. Times are wall-clock times in Vietnam,
 * which has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
 */
export const CORPUS_MONTHS = Array.from({ length: 120 }, (_, index) => ({
  year: 2016 + Math.floor((10 + index) / 12),
  month: ((10 + index) % 12) + 1,
}))

export type CorpusMonth = (typeof CORPUS_MONTHS)[number]

const VIETNAM_OFFSET_MS = 7 * 3_600_000
const pad = (value: number) => String(value).padStart(2, '0')

/** The moment of a wall-clock time in Vietnam. */
export function vietnamTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+07:00`)
}

/** Calendar fields of a moment as read on a clock in Vietnam (weekday 0 = Sunday). */
export function vietnamParts(moment: Date) {
  const shifted = new Date(moment.getTime() + VIETNAM_OFFSET_MS)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday: shifted.getUTCDay() }
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Not a Saturday (6) or a Sunday (0). */
const isWeekday = (moment: Date) => ![0, 6].includes(vietnamParts(moment).weekday)

/** The days of `month` from Monday to Friday. */
export const workingDays = ({ year, month }: CorpusMonth): number[] =>
  Array.from({ length: daysInMonth(year, month) }, (_, index) => index + 1).filter((day) => isWeekday(vietnamTime(year, month, day)))

/** Local government has two tiers (province → commune) from this moment (Resolution 202/2025/QH15). */
export const REORGANISED_AT = vietnamTime(2025, 7, 1)

/** A working-day moment of `month` (weekends now and then, as newsrooms also publish then). */
export function workingMoment(random: Random, { year, month }: CorpusMonth): Date {
  for (;;) {
    const moment = vietnamTime(year, month, random.int(1, daysInMonth(year, month)), random.int(7, 20), random.int(0, 59))
    if (isWeekday(moment) || random.chance(0.2)) return moment
  }
}

const QUARTERS = ['I', 'II', 'III', 'IV']

/** How a report written at `moment` names the period it covers: "tháng 5/2024", "quý II/2024", "năm 2023". */
export function periodBefore(random: Random, moment: Date): string {
  const { year, month } = vietnamParts(moment)
  const previousMonth = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 }
  const quarter = Math.floor((month - 1) / 3)
  const options = [`tháng ${previousMonth.month}/${previousMonth.year}`, `năm ${year - 1}`]
  if (quarter > 0) options.push(`quý ${QUARTERS[quarter - 1]}/${year}`)
  if (month >= 7) options.push(`6 tháng đầu năm ${year}`)
  if (month >= 10) options.push(`9 tháng năm ${year}`)
  return random.pick(options)
}
