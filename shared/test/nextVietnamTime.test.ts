import { describe, expect, it } from 'vitest'
import { nextVietnamTime } from '../src/dates/nextVietnamTime'

describe('nextVietnamTime: when the digests go', () => {
  it('is 07:00 in Vietnam (00:00 UTC) the same day before seven and the next day after', () => {
    expect(nextVietnamTime(new Date('2026-12-03T06:59:59+07:00'), { hour: 7 }).toISOString()).toBe('2026-12-03T00:00:00.000Z')
    expect(nextVietnamTime(new Date('2026-12-03T07:00:00+07:00'), { hour: 7 }).toISOString()).toBe('2026-12-04T00:00:00.000Z')
    // Midnight in Vietnam is still the evening before in UTC.
    expect(nextVietnamTime(new Date('2026-12-04T00:00:00+07:00'), { hour: 7 }).toISOString()).toBe('2026-12-04T00:00:00.000Z')
  })

  it('is the next Monday at 07:00 in Vietnam for the weekly digest', () => {
    // Thursday 3 December 2026 → Monday 7 December.
    expect(nextVietnamTime(new Date('2026-12-03T10:00:00+07:00'), { hour: 7, monday: true }).toISOString()).toBe('2026-12-07T00:00:00.000Z')
    // Monday before seven: that same morning; at seven: a week later.
    expect(nextVietnamTime(new Date('2026-12-07T06:00:00+07:00'), { hour: 7, monday: true }).toISOString()).toBe('2026-12-07T00:00:00.000Z')
    expect(nextVietnamTime(new Date('2026-12-07T07:00:00+07:00'), { hour: 7, monday: true }).toISOString()).toBe('2026-12-14T00:00:00.000Z')
    // Sunday 23:30 in Vietnam (Sunday 16:30 UTC) → the next morning.
    expect(nextVietnamTime(new Date('2026-12-06T23:30:00+07:00'), { hour: 7, monday: true }).toISOString()).toBe('2026-12-07T00:00:00.000Z')
  })
})
