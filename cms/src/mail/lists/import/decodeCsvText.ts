import { ImportRefusal } from './ImportRefusal'
import { SAVE_AS_HINT } from './saveAsHint'

// Fatal: a Windows-1258 file (old Excel's "CSV") must be refused, not read into garbled names.
// The decoder drops a leading byte order mark itself.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The text of a CSV file, which must be UTF-8 (with or without a byte order mark). */
export function decodeCsvText(data: Uint8Array): string {
  let text: string
  try {
    text = utf8.decode(data)
  } catch {
    throw new ImportRefusal(400, `Tệp CSV này không ở bảng mã UTF-8 (có lẽ được lưu bằng Excel cũ, bảng mã Windows-1258), nên chữ tiếng Việt sẽ bị lỗi. ${SAVE_AS_HINT}`)
  }
  // NUL never occurs in a text sheet: a binary file, or "Unicode Text" (UTF-16) from Excel.
  if (text.includes('\0')) throw new ImportRefusal(415, `Tệp này không phải bảng tính CSV UTF-8 hoặc Excel (.xlsx). ${SAVE_AS_HINT}`)
  return text
}
