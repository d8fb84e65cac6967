/**
 * Kinds of directing documents (văn bản chỉ đạo, điều hành), the abbreviation in their symbol, and
 * `slug`: the kind in the site's addresses (/van-ban/loai/quyet-dinh/), Vietnamese like every public
 * path and fixed here, so a relabelling never moves a page.
 */
export const DOCUMENT_TYPES = [
  { value: 'plan', slug: 'ke-hoach', label: 'Kế hoạch', labelEn: 'Plan', abbreviation: 'KH' },
  { value: 'decision', slug: 'quyet-dinh', label: 'Quyết định', labelEn: 'Decision', abbreviation: 'QĐ' },
  { value: 'resolution', slug: 'nghi-quyet', label: 'Nghị quyết', labelEn: 'Resolution', abbreviation: 'NQ' },
  { value: 'decree', slug: 'nghi-dinh', label: 'Nghị định', labelEn: 'Decree', abbreviation: 'NĐ' },
  { value: 'circular', slug: 'thong-tu', label: 'Thông tư', labelEn: 'Circular', abbreviation: 'TT' },
  { value: 'directive', slug: 'chi-thi', label: 'Chỉ thị', labelEn: 'Directive', abbreviation: 'CT' },
  { value: 'official-letter', slug: 'cong-van', label: 'Công văn', labelEn: 'Official letter', abbreviation: '' },
  { value: 'guidance', slug: 'huong-dan', label: 'Hướng dẫn', labelEn: 'Guidance', abbreviation: 'HD' },
  { value: 'report', slug: 'bao-cao', label: 'Báo cáo', labelEn: 'Report', abbreviation: 'BC' },
  { value: 'notice', slug: 'thong-bao', label: 'Thông báo', labelEn: 'Notice', abbreviation: 'TB' },
  { value: 'law', slug: 'luat', label: 'Luật', labelEn: 'Law', abbreviation: '' },
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
