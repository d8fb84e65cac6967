import { isTag, type Element } from 'domhandler'
import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces'

/** The most columns or rows one cell may span: enough for any real table, bounded for a wrong one. */
const MOST_SPAN = 50

const childElements = (element: Element, names: string[]) => element.children.filter((child): child is Element => isTag(child) && names.includes(child.name))
const span = (value: string | undefined, most: number) => Math.max(1, Math.min(most, Number.parseInt(value ?? '1', 10) || 1))

/**
 * An HTML table as a pdfmake table: pdfmake wants a full grid, so a cell spanning columns or rows
 * is followed by empty cells in the places it covers, and short rows are filled up.
 */
export function tableOf(table: Element, cellContent: (cell: Element) => Content[]): ContentTable | undefined {
  const groups = childElements(table, ['thead', 'tbody', 'tfoot', 'tr'])
  const rows = groups.flatMap((group) => (group.name === 'tr' ? [group] : childElements(group, ['tr'])))
  if (!rows.length) return undefined
  const headerRows = groups[0]?.name === 'thead' ? childElements(groups[0], ['tr']).length : 0
  const grid: TableCell[][] = rows.map(() => [])
  rows.forEach((row, r) => {
    let column = 0
    for (const cell of childElements(row, ['th', 'td'])) {
      while (grid[r]![column] !== undefined) column++
      const colSpan = span(cell.attribs.colspan, MOST_SPAN)
      const rowSpan = span(cell.attribs.rowspan, Math.min(MOST_SPAN, rows.length - r))
      for (let down = 0; down < rowSpan; down++) for (let across = 0; across < colSpan; across++) grid[r + down]![column + across] = {}
      const content = cellContent(cell)
      grid[r]![column] = { stack: content.length ? content : [''], colSpan, rowSpan, bold: cell.name === 'th' }
      column += colSpan
    }
  })
  const columns = Math.max(...grid.map((row) => row.length))
  if (!columns) return undefined
  const body = grid.map((row) => Array.from({ length: columns }, (_, column) => row[column] ?? ''))
  return { table: { headerRows, widths: Array(columns).fill('*'), body }, fontSize: 10, margin: [0, 2, 0, 10] }
}
