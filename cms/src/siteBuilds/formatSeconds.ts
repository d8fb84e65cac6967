const seconds = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** "2,3 giây": a duration as Vietnamese writes it (decimal comma). */
export function formatSeconds(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${seconds.format(value)} giây` : ''
}
