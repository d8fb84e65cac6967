/** Vietnam is UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * The moment `instant` as a Date whose local fields read Vietnam's wall clock: what a date picker
 * (which shows the browser's local time) must be given so that an editor anywhere sees Vietnam time.
 */
export function toVietnamWallClock(instant: Date): Date {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS)
  return new Date(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCSeconds())
}

/** The moment at which Vietnam's wall clock reads what `local`'s local fields read (the inverse). */
export function fromVietnamWallClock(local: Date): Date {
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()) - VIETNAM_OFFSET_MS)
}

const pad = (value: number) => String(value).padStart(2, '0')

/** "03/12/2026 14:54": the moment in Vietnam, as the admin writes dates. */
export function formatVietnamDateTime(moment: Date | string): string {
  const clock = new Date(new Date(moment).getTime() + VIETNAM_OFFSET_MS)
  return `${pad(clock.getUTCDate())}/${pad(clock.getUTCMonth() + 1)}/${clock.getUTCFullYear()} ${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`
}
