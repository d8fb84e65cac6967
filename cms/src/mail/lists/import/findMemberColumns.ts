import { cleanCell } from './cleanCell'
import { headerKey } from './headerKey'
import { ImportRefusal } from './ImportRefusal'
import { MEMBER_HEADERS, type MemberField } from './memberHeaders'

export type MemberColumns = { headerIndex: number; columns: Partial<Record<MemberField, number>> & { email: number } }

// A sheet may open with a title ("DANH SÁCH LÃNH ĐẠO TỈNH") and a blank line above its header.
const HEADER_SEARCH_ROWS = 10

const FIELD_BY_KEY = new Map(
  (Object.entries(MEMBER_HEADERS) as Array<[MemberField, readonly string[]]>).flatMap(([field, headers]) => headers.map((header) => [headerKey(header), field] as const)),
)

/** The header row (the first to name an e-mail column) and the column of each field it names (the first, if twice). */
export function findMemberColumns(rows: string[][]): MemberColumns {
  if (!rows.some((row) => row.some((cell) => cleanCell(cell) !== ''))) throw new ImportRefusal(400, 'Tệp trống: không có dòng nào để nhập.')
  for (let headerIndex = 0; headerIndex < Math.min(rows.length, HEADER_SEARCH_ROWS); headerIndex++) {
    const columns: Partial<Record<MemberField, number>> = {}
    rows[headerIndex]!.forEach((cell, column) => {
      const field = FIELD_BY_KEY.get(headerKey(cleanCell(cell)))
      if (field && columns[field] === undefined) columns[field] = column
    })
    if (columns.email !== undefined) return { headerIndex, columns: { ...columns, email: columns.email } }
  }
  throw new ImportRefusal(
    400,
    'Không tìm thấy cột địa chỉ thư điện tử, nên chưa nhập gì. Dòng tiêu đề cần có một cột tên “Email” (hoặc “E-mail”, “Thư điện tử”, “Địa chỉ email”), cùng các cột “Họ và tên”, “Chức vụ”, “Cơ quan, đơn vị”. Tải tệp mẫu để xem cách đặt tên cột.',
  )
}
