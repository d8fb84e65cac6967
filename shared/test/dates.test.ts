import { describe, expect, it } from 'vitest'
import { formatDateTimeVi, formatDateVi, formatLongDateVi, toRfc822Vietnam, toVietnamIso, vietnamYear } from '../src'

// 17:00 UTC on 31 December is already midnight of 1 January in Vietnam (UTC+7).
const newYearMidnightInVietnam = '2025-12-31T17:00:00.000Z'

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows the Vietnamese calendar day, not the UTC one', () => {
    expect(formatDateVi(newYearMidnightInVietnam)).toBe('01/01/2026')
    expect(vietnamYear(newYearMidnightInVietnam)).toBe(2026)
    expect(formatDateVi('2025-12-31T16:59:59.000Z')).toBe('31/12/2025')
  })

  it('formats a publication time the Vietnamese way', () => {
    expect(formatDateTimeVi('2026-11-21T01:05:00Z')).toBe('08:05, 21/11/2026')
    expect(formatLongDateVi('2026-11-21T01:05:00Z')).toMatch(/^Thứ Bảy, 21 tháng 11, 2026$/)
  })

  it('gives ISO and RFC 822 forms with the +07:00 offset', () => {
    expect(toVietnamIso(newYearMidnightInVietnam)).toBe('2026-01-01T00:00:00+07:00')
    expect(toRfc822Vietnam(newYearMidnightInVietnam)).toBe('Thu, 01 Jan 2026 00:00:00 +0700')
    expect(new Date(toRfc822Vietnam(newYearMidnightInVietnam)).toISOString()).toBe(newYearMidnightInVietnam)
  })

  it('refuses an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDateVi('not a date')).toThrow(RangeError)
  })
})
