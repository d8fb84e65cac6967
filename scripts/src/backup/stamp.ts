const two = (value: number) => String(value).padStart(2, '0')

/** 20261205-143000 in local time: sorts as time does and is safe in a file name. */
export function fileStamp(date: Date): string {
  const day = `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}`
  return `${day}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
}
