/** How the commands print sizes and counts. */

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** "articles 23, bulletins 10, …": every collection, largest first. */
export function describeCollections(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ')
}
