import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanCell, headerKey, readSheetRows } from '@reform/cms/readSheet'
import { DOCUMENT_TYPES, foldVietnamese, isDocumentNumber } from '@reform/shared'
import type { DocumentItem, ImportSource } from './items'
import { sourceDate } from './sourceDate'

type Field = 'id' | 'number' | 'title' | 'type' | 'issuer' | 'signer' | 'issuedAt' | 'effectiveAt' | 'summary' | 'file' | 'url' | 'reformAreas' | 'unit'

/** The headers each column may carry, as people name them in Vietnamese sheets (compared without case, accents or punctuation). */
const HEADERS: Record<Field, string[]> = {
  id: ['Mã', 'Mã văn bản', 'ID'],
  number: ['Số, ký hiệu', 'Số ký hiệu', 'Số hiệu', 'Ký hiệu', 'Số văn bản', 'Number'],
  title: ['Trích yếu', 'Trích yếu nội dung', 'Tên văn bản', 'Tiêu đề', 'Title'],
  type: ['Loại văn bản', 'Loại', 'Hình thức văn bản', 'Type'],
  issuer: ['Cơ quan ban hành', 'Nơi ban hành', 'Đơn vị ban hành', 'Issuer'],
  signer: ['Người ký', 'Người ký duyệt', 'Signer'],
  issuedAt: ['Ngày ban hành', 'Ngày ký', 'Ngày văn bản', 'Issued'],
  effectiveAt: ['Ngày hiệu lực', 'Hiệu lực từ', 'Ngày có hiệu lực', 'Effective'],
  summary: ['Tóm tắt', 'Tóm tắt nội dung', 'Summary'],
  file: ['Tệp', 'Tệp đính kèm', 'Tên tệp', 'File'],
  url: ['Đường dẫn cũ', 'Đường dẫn', 'Liên kết', 'URL', 'Link'],
  reformAreas: ['Lĩnh vực', 'Lĩnh vực cải cách'],
  unit: ['Đơn vị', 'Đơn vị liên quan'],
}
const FIELD_BY_KEY = new Map((Object.entries(HEADERS) as Array<[Field, string[]]>).flatMap(([field, names]) => names.map((name) => [headerKey(name), field] as const)))

/** A document type from its label, value or the abbreviation in the number (145/KH-UBND → plan). */
function documentType(cell: string, number: string): string | undefined {
  const key = foldVietnamese(cell).trim()
  if (key) return DOCUMENT_TYPES.find((type) => foldVietnamese(type.label) === key || type.value === key || foldVietnamese(type.abbreviation) === key)?.value
  const symbol = /\/(?:\d{4}\/)?([\p{Lu}Đ]+)-/u.exec(number)?.[1]
  return symbol ? DOCUMENT_TYPES.find((type) => type.abbreviation && type.abbreviation === symbol)?.value : undefined
}

const list = (cell: string) =>
  cell
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)

/** Reads a sheet of documents (CSV or .xlsx): one document a row, its file from `files`. */
export async function readDocuments(file: string, { files }: { files?: string }): Promise<ImportSource> {
  const rows = await readSheetRows(await readFile(file))
  const headerIndex = rows.slice(0, 10).findIndex((row) => row.some((cell) => FIELD_BY_KEY.get(headerKey(cleanCell(cell))) === 'number'))
  if (headerIndex < 0)
    throw new Error(
      `no “Số, ký hiệu” column in the first 10 rows of ${path.basename(file)}: name the columns ${Object.values(HEADERS)
        .map((names) => `“${names[0]}”`)
        .join(', ')}.`,
    )
  const columns = new Map<Field, number>()
  rows[headerIndex]!.forEach((cell, index) => {
    const field = FIELD_BY_KEY.get(headerKey(cleanCell(cell)))
    if (field && !columns.has(field)) columns.set(field, index)
  })
  const items: DocumentItem[] = []
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index]!
    const cell = (field: Field) => (columns.has(field) ? cleanCell(row[columns.get(field)!]) : '')
    if (row.every((value) => cleanCell(value) === '')) continue
    const number = cell('number')
    const issuedAt = sourceDate(cell('issuedAt'))
    const type = documentType(cell('type'), number)
    const problems = [
      !number && 'no number and symbol',
      number && !isDocumentNumber(number) && `“${number}” is not a document number such as 145/KH-UBND`,
      !cell('title') && 'no title (trích yếu)',
      !type && (cell('type') ? `unknown document type “${cell('type')}”` : 'no document type'),
      !cell('issuer') && 'no issuing body',
      !issuedAt && (cell('issuedAt') ? `unreadable issue date “${cell('issuedAt')}”` : 'no issue date'),
      cell('effectiveAt') && !sourceDate(cell('effectiveAt')) && `unreadable effective date “${cell('effectiveAt')}”`,
    ].filter((problem): problem is string => Boolean(problem))
    const warnings: string[] = []
    const fileName = cell('file')
    const filePath = fileName && files ? path.join(files, fileName) : undefined
    if (fileName && !files) warnings.push(`file ${fileName} not imported: no --files folder given`)
    else if (filePath && !existsSync(filePath)) warnings.push(`file missing: ${fileName}`)
    items.push({
      kind: 'document',
      itemId: cell('id') || `${number}|${issuedAt?.slice(0, 4) ?? ''}`,
      label: `row ${index + 1} “${number || cell('title') || '(no number)'}”`,
      url: cell('url') || undefined,
      problems,
      warnings,
      number,
      title: cell('title'),
      type,
      issuer: cell('issuer'),
      signer: cell('signer') || undefined,
      issuedAt,
      effectiveAt: sourceDate(cell('effectiveAt')),
      summary: cell('summary') || undefined,
      file: filePath && existsSync(filePath) ? { path: filePath, name: fileName } : undefined,
      reformAreaNames: list(cell('reformAreas')),
      unitNames: list(cell('unit')),
    })
  }
  // Ids are the numbers themselves (with the year): the same document from another sheet is the same document.
  return { system: 'spreadsheet', site: '', description: `sheet ${path.basename(file)} (${items.length} rows)`, items, terms: [] }
}
