import { DOCUMENT_TYPES } from '../domain/documentTypes'

/**
 * The one table of abbreviations an announcer reads out in full (loudspeaker scripts, see
 * DESIGN.md "Reach"). Matched as whole words and case-sensitively, longest first: "UBND", never
 * "ubnd" nor the "UBND" inside "UBNDX". Proper names keep their capitals; common nouns are lower
 * case and get a capital at the start of a sentence. A key ending in "." takes its dot with it
 * ("TP.HCM" → "Thành phố Hồ Chí Minh"). The document kinds' symbols (KH, QĐ, NQ, NĐ, TT, …) come
 * from DOCUMENT_TYPES, so a document number like 145/KH-UBND reads the same way.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(DOCUMENT_TYPES.filter((type) => type.abbreviation).map((type) => [type.abbreviation, type.label])),
  CCHC: 'cải cách hành chính',
  TTHC: 'thủ tục hành chính',
  HCC: 'hành chính công',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQ: 'Mặt trận Tổ quốc',
  BCĐ: 'Ban Chỉ đạo',
  'NĐ-CP': 'Nghị định của Chính phủ',
  'NQ-CP': 'Nghị quyết của Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  QH: 'Quốc hội',
  BNV: 'Bộ Nội vụ',
  SNV: 'Sở Nội vụ',
  VP: 'Văn phòng',
  DVC: 'dịch vụ công',
  DVCTT: 'dịch vụ công trực tuyến',
  CNTT: 'công nghệ thông tin',
  CĐS: 'chuyển đổi số',
  CSDL: 'cơ sở dữ liệu',
  CCCD: 'căn cước công dân',
  // The national e-identity app: said letter by letter.
  VNeID: 'Vê-en-e-ai-đi',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  CBCCVC: 'cán bộ, công chức, viên chức',
  CBCC: 'cán bộ, công chức',
  'KT-XH': 'kinh tế - xã hội',
  NTM: 'nông thôn mới',
  DN: 'doanh nghiệp',
  TNHH: 'trách nhiệm hữu hạn',
  VNĐ: 'đồng',
  'TP.': 'Thành phố',
  TP: 'Thành phố',
  HCM: 'Hồ Chí Minh',
  'TX.': 'Thị xã',
  'Q.': 'Quận',
  'P.': 'Phường',
}
