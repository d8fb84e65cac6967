const pad = (value: number) => String(value).padStart(2, '0')

/** "3 min ago": how long before `now`, in the largest unit that fits. */
export function ago(then: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000))
  if (seconds < 120) return `${seconds} s ago`
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min ago`
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} h ago`
  return `${Math.round(seconds / 86400)} d ago`
}

/** "2026-12-04 10:05:03 (3 min ago)", in this machine's time zone (the operator's). */
export function moment(value: string | Date, now: Date): string {
  const date = new Date(value)
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} (${ago(date, now)})`
}

/** "12.3 MB" */
export function byteSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let size = bytes
  let unit = 0
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000
    unit += 1
  }
  return unit === 0 ? `${bytes} B` : `${size.toFixed(1)} ${units[unit]}`
}
