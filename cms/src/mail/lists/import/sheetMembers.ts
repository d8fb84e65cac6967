import { findMemberColumns } from './findMemberColumns'
import { IMPORT_LIMITS } from './importLimits'
import type { SheetMember, SkippedRow } from './importReport'
import { ImportRefusal } from './ImportRefusal'
import { readMemberRow } from './readMemberRow'

export type SheetMembers = { members: SheetMember[]; skipped: SkippedRow[]; total: number }

const rowCount = new Intl.NumberFormat('vi-VN')

/**
 * The members a sheet lists, and the rows it cannot take with why: a bad address, no name, or
 * an address an earlier row already has. `total` counts the non-blank rows below the header.
 */
export function sheetMembers(rows: string[][]): SheetMembers {
  const header = findMemberColumns(rows)
  const members: SheetMember[] = []
  const skipped: SkippedRow[] = []
  const firstRowOf = new Map<string, number>()
  for (let index = header.headerIndex + 1; index < rows.length; index++) {
    const read = readMemberRow(rows[index]!, header)
    if (read === null) continue
    const row = index + 1
    if ('reason' in read) {
      skipped.push({ row, reason: read.reason })
      continue
    }
    const first = firstRowOf.get(read.member.email)
    if (first === undefined) {
      firstRowOf.set(read.member.email, row)
      members.push({ row, ...read.member })
    } else skipped.push({ row, reason: `Trùng với dòng ${first} (cùng địa chỉ thư điện tử).` })
  }
  const total = members.length + skipped.length
  if (total > IMPORT_LIMITS.maxRows) {
    throw new ImportRefusal(
      413,
      `Tệp có ${rowCount.format(total)} dòng; mỗi lần chỉ nhập được tối đa ${rowCount.format(IMPORT_LIMITS.maxRows)} dòng. Hãy chia danh sách thành nhiều tệp.`,
    )
  }
  return { members, skipped, total }
}
