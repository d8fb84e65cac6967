/** Reform indices a body reports on; "other" takes a name. */
export const INDEX_NAMES = [
  { value: 'par-index', label: 'Chỉ số cải cách hành chính (PAR Index)', labelEn: 'PAR Index' },
  { value: 'sipas', label: 'Chỉ số hài lòng (SIPAS)', labelEn: 'SIPAS' },
  { value: 'papi', label: 'Chỉ số PAPI', labelEn: 'PAPI' },
  { value: 'ddci', label: 'Chỉ số DDCI', labelEn: 'DDCI' },
  { value: 'ict-index', label: 'Chỉ số ICT Index', labelEn: 'ICT Index' },
  { value: 'other', label: 'Chỉ số khác', labelEn: 'Other index' },
] as const
