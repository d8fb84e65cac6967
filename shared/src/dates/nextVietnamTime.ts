import { TZDate } from '@date-fns/tz'
import { addDays, nextMonday, setHours, startOfHour } from 'date-fns'
import { VIETNAM_TIME_ZONE } from './vietnamTime'

/**
 * The first instant strictly after `after` that is `hour`:00 in Vietnam, on a Monday if `monday`:
 * when the daily (07:00) and weekly (Monday 07:00) digests go, whatever the server's own zone.
 */
export function nextVietnamTime(after: Date, { hour, monday = false }: { hour: number; monday?: boolean }): Date {
  const local = new TZDate(after.getTime(), VIETNAM_TIME_ZONE)
  let candidate = startOfHour(setHours(local, hour))
  if (monday) {
    if (candidate.getDay() !== 1) candidate = startOfHour(setHours(nextMonday(candidate), hour))
    if (candidate.getTime() <= after.getTime()) candidate = addDays(candidate, 7)
  } else if (candidate.getTime() <= after.getTime()) {
    candidate = addDays(candidate, 1)
  }
  return new Date(candidate.getTime())
}
