const kilobytes = new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })
const megabytes = new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })

/** "850 kB", "1,2 MB": a download's size as Vietnamese readers write it. */
export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? kilobytes.format(Math.max(1, Math.round(bytes / 1024))) : megabytes.format(bytes / 1024 / 1024)
}
