import type { PayloadRequest } from 'payload'
import type { MailingList } from '../../../payload-types'
import { addressesOnList } from './addressesOnList'
import type { ImportReport } from './importReport'
import { insertMembers } from './insertMembers'
import { readSheetRows } from './readSheetRows'
import { recordImport } from './recordImport'
import { sheetMembers } from './sheetMembers'

const ALREADY_ON_LIST = 'Địa chỉ thư điện tử này đã có trong danh sách.'

/**
 * Reads a sheet into a list: every good row in one transaction with its audit entry, or nothing.
 * A dry run reports the same without writing.
 */
export async function importMembers(req: PayloadRequest, list: Pick<MailingList, 'id' | 'name'>, data: Buffer, dryRun: boolean): Promise<ImportReport> {
  const { members, skipped, total } = sheetMembers(await readSheetRows(data))
  const onList = await addressesOnList(
    req.payload,
    list.id,
    members.map((member) => member.email),
  )
  const fresh = members.filter((member) => !onList.has(member.email))
  const added =
    dryRun || fresh.length === 0
      ? new Set(fresh.map((member) => member.email))
      : await insertMembers(req.payload, list.id, fresh, (inserted) => (inserted > 0 ? recordImport(req, list, inserted, total - inserted) : Promise.resolve()))
  // Those on the list before the check, and those another import put there since.
  const notAdded = members.filter((member) => !added.has(member.email)).map(({ row }) => ({ row, reason: ALREADY_ON_LIST }))
  return { imported: added.size, skipped: [...skipped, ...notAdded].sort((a, b) => a.row - b.row), total }
}
