/** A line of the report, in columns: what, its state, the details. */
export type Row = string[]

/** Rows and the names of what they found down (these make `npm run status` exit 1). */
export type Section = { rows: Row[]; down: string[] }

/** Pads every column but the last to its widest cell, so the report reads as a table. */
export function alignColumns(rows: Row[]): string[] {
  const widths: number[] = []
  for (const row of rows) row.slice(0, -1).forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)))
  return rows.map((row) =>
    row
      .map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell))
      .join('  ')
      .trimEnd(),
  )
}
