/** Hours, minutes and seconds of a length given in seconds (rounded to the second). */
function parts(seconds: number): [hours: number, minutes: number, seconds: number] {
  const whole = Math.max(0, Math.round(seconds))
  return [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60]
}

/** "01:02:05": a recording's length as itunes:duration takes it (HH:MM:SS). */
export function clockDuration(seconds: number): string {
  return parts(seconds)
    .map((part) => String(part).padStart(2, '0'))
    .join(':')
}

/** "1 giờ 2 phút 5 giây", "3 phút", "45 giây": a recording's length for readers. */
export function durationVi(seconds: number): string {
  const [hours, minutes, rest] = parts(seconds)
  const said = [hours && `${hours} giờ`, minutes && `${minutes} phút`, rest && `${rest} giây`].filter(Boolean)
  return said.length ? said.join(' ') : '0 giây'
}
