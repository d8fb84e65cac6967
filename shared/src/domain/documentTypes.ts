/** Kinds of directing documents (văn bản chỉ đạo, điều hành) and the abbreviation in their symbol. */
export const DOCUMENT_TYPES = [
  { value: 'plan', label: 'Kế hoạch', labelEn: 'Plan', abbreviation: 'KH' },
  { value: 'decision', label: 'Quyết định', labelEn: 'Decision', abbreviation: 'QĐ' },
  { value: 'resolution', label: 'Nghị quyết', labelEn: 'Resolution', abbreviation: 'NQ' },
  { value: 'decree', label: 'Nghị định', labelEn: 'Decree', abbreviation: 'NĐ' },
  { value: 'circular', label: 'Thông tư', labelEn: 'Circular', abbreviation: 'TT' },
  { value: 'directive', label: 'Chỉ thị', labelEn: 'Directive', abbreviation: 'CT' },
  { value: 'official-letter', label: 'Công văn', labelEn: 'Official letter', abbreviation: '' },
  { value: 'guidance', label: 'Hướng dẫn', labelEn: 'Guidance', abbreviation: 'HD' },
  { value: 'report', label: 'Báo cáo', labelEn: 'Report', abbreviation: 'BC' },
  { value: 'notice', label: 'Thông báo', labelEn: 'Notice', abbreviation: 'TB' },
  { value: 'law', label: 'Luật', labelEn: 'Law', abbreviation: '' },
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]['value']

/**
 * "Số, ký hiệu" of a Vietnamese administrative document (Decree 30/2020/NĐ-CP): a number, an
 * optional year, then groups joined by hyphens, the first starting with a capital: 145/KH-UBND,
 * 76/NQ-CP, 61/2018/NĐ-CP, 1234/UBND-KSTT, 1294/QĐ-TTg, 80/2015/QH13.
 */
const DOCUMENT_NUMBER = /^\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{L}0-9]{0,11}(?:-[\p{L}0-9]{1,12}){0,4}$/u

export function isDocumentNumber(value: string): boolean {
  return DOCUMENT_NUMBER.test(value.normalize('NFC').trim())
}
