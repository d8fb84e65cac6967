import { emailAddress } from '@reform/shared'
import { cleanCell } from './cleanCell'
import type { MemberColumns } from './findMemberColumns'
import type { SheetMember } from './importReport'

const addressSchema = emailAddress()

export type MemberRow = { member: Omit<SheetMember, 'row'> } | { reason: string } | null

/**
 * One data row as a member, or why it cannot be one, or null when the row is blank (in the
 * columns we read: a pre-numbered "STT" column alone does not make a row). A person without a
 * name is listed under their body's name, as bodies on these lists often are.
 */
export function readMemberRow(cells: string[], { columns }: MemberColumns): MemberRow {
  const cell = (column: number | undefined) => (column === undefined ? '' : cleanCell(cells[column]))
  const organisation = cell(columns.organisation)
  const position = cell(columns.position)
  const name = cell(columns.name) || organisation
  const address = cell(columns.email)
  if (!name && !position && !address) return null
  const reasons: string[] = []
  const checked = address ? addressSchema.safeParse(address) : undefined
  if (!checked) reasons.push('Thiếu địa chỉ thư điện tử.')
  else if (!checked.success) reasons.push(checked.error.issues[0]!.message)
  if (!name) reasons.push('Thiếu họ và tên (và không có cơ quan, đơn vị để thay).')
  if (!checked?.success || !name) return { reason: reasons.join(' ') }
  return { member: { name, position: position || null, organisation: organisation || null, email: checked.data.toLowerCase() } }
}
