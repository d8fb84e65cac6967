import { fileTypeFromBuffer } from 'file-type'
import { ImportRefusal } from './ImportRefusal'
import { SAVE_AS_HINT } from './saveAsHint'

export type SheetKind = 'csv' | 'xlsx'

/** What a file is by its content, not its name: a picture renamed `.csv` is still a picture. */
export async function sheetKind(data: Uint8Array): Promise<SheetKind> {
  const detected = await fileTypeFromBuffer(data)
  // CSV is plain text, which has no signature to detect.
  if (!detected) return 'csv'
  // A damaged workbook may show as a plain ZIP: the reader says so in the person's terms.
  if (detected.ext === 'xlsx' || detected.ext === 'zip') return 'xlsx'
  if (detected.ext === 'cfb') throw new ImportRefusal(415, `Tệp Excel 97–2003 (.xls) chưa đọc được. ${SAVE_AS_HINT}`)
  throw new ImportRefusal(415, `Tệp này không phải bảng tính CSV hoặc Excel (.xlsx): nội dung của nó là ${detected.mime}.`)
}
