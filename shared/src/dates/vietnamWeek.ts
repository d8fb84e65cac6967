import { TZDate } from '@date-fns/tz'
import { endOfWeek, startOfWeek } from 'date-fns'
import { VIETNAM_TIME_ZONE } from './vietnamTime'

/**
 * The week of a moment as seen in Vietnam: Monday 00:00:00.000 to Sunday 23:59:59.999,
 * Asia/Ho_Chi_Minh, whatever the machine's zone.
 */
export function vietnamWeek(value: Date | string | number): { start: Date; end: Date } {
  const moment = new Date(value)
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Invalid date: ${String(value)}`)
  const zoned = new TZDate(moment.getTime(), VIETNAM_TIME_ZONE)
  return { start: new Date(startOfWeek(zoned, { weekStartsOn: 1 }).getTime()), end: new Date(endOfWeek(zoned, { weekStartsOn: 1 }).getTime()) }
}
