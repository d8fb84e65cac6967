import { CsvError, parse } from 'csv-parse/sync'
import { decodeCsvText } from './decodeCsvText'
import { detectDelimiter } from './detectDelimiter'
import { ImportRefusal } from './ImportRefusal'
import { SAVE_AS_HINT } from './saveAsHint'

/**
 * The cells of a CSV file, one array per record. Empty lines are kept, so the index of a record
 * plus one is its row number as a spreadsheet shows it (a quoted cell may span lines).
 */
export function readCsvRows(data: Uint8Array): string[][] {
  const text = decodeCsvText(data)
  try {
    return parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof error.lines === 'number' ? error.lines : 1
    throw new ImportRefusal(400, `Tệp CSV bị lỗi định dạng gần dòng ${line} (thường là dấu ngoặc kép chưa đóng). ${SAVE_AS_HINT}`)
  }
}
