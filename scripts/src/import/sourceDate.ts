/** Vietnam's offset (no summer time): a date written without one on a Vietnamese portal is in it. */
const VIETNAM_OFFSET = '+07:00'

const pad = (value: string) => value.padStart(2, '0')

/**
 * A date as old portals write it, as an ISO timestamp; undefined when unreadable or outside the
 * years the CMS accepts. Reads ISO 8601, `2019-05-12 10:00:00` (WordPress), RFC 822 (RSS), and the
 * Vietnamese day-first `12/05/2019 10:30[:00] [SA|CH|AM|PM]`; no offset means Vietnam time unless `utc`.
 */
export function sourceDate(text: string | undefined | null, { utc = false } = {}): string | undefined {
  const value = text?.trim()
  if (!value || value.startsWith('0000-00-00')) return undefined
  const offset = utc ? 'Z' : VIETNAM_OFFSET
  let date: Date
  const sql = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value)
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?)?$/i.exec(value)
  if (sql) {
    const [, y, m, d, hh = '00', mm = '00', ss = '00'] = sql
    date = new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss}${offset}`)
  } else if (dayFirst) {
    const [, d, m, y, hh = '0', mm = '00', ss = '00', half] = dayFirst
    let hour = Number(hh)
    if (half && /PM|CH/i.test(half) && hour < 12) hour += 12
    if (half && /AM|SA/i.test(half) && hour === 12) hour = 0
    date = new Date(`${y}-${pad(m!)}-${pad(d!)}T${pad(String(hour))}:${mm}:${ss}${offset}`)
  } else {
    date = new Date(value)
  }
  const year = date.getUTCFullYear()
  return Number.isNaN(date.getTime()) || year < 1900 || year > 2100 ? undefined : date.toISOString()
}
