import { readCsvRows } from './readCsvRows'
import { readXlsxRows } from './readXlsxRows'
import { sheetKind } from './sheetKind'

/** The cells of an uploaded sheet, CSV or .xlsx, row by row from row 1. */
export async function readSheetRows(data: Buffer): Promise<string[][]> {
  return (await sheetKind(data)) === 'xlsx' ? readXlsxRows(data) : readCsvRows(data)
}
