import { readSheet } from 'read-excel-file/node'
import { ImportRefusal } from './ImportRefusal'
import { SAVE_AS_HINT } from './saveAsHint'
import { zipExpandedBytes } from './zipExpandedBytes'

// A real sheet of 20,000 people unpacks to a few tens of MB of XML; far more is a zip bomb.
const MAX_EXPANDED_BYTES = 200 * 1024 * 1024

/**
 * The cells of the first sheet of an .xlsx file, one array per row, as text. Gaps between rows are
 * kept as empty rows, so the index of a row plus one is its number in Excel.
 */
export async function readXlsxRows(data: Buffer): Promise<string[][]> {
  if (zipExpandedBytes(data) > MAX_EXPANDED_BYTES) throw new ImportRefusal(413, 'Tệp Excel này quá lớn khi giải nén: hãy chia danh sách thành nhiều tệp nhỏ hơn.')
  // The library's messages are English and technical; the file is what the person can change.
  const rows = await readSheet(data).catch(() => {
    throw new ImportRefusal(400, `Không đọc được tệp Excel này: tệp có thể bị hỏng hoặc không phải dạng .xlsx. ${SAVE_AS_HINT}`)
  })
  return rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))
}
