export const PRACTICE_KINDS = [
  { value: 'new-model', label: 'Mô hình mới', labelEn: 'New model' },
  { value: 'good-practice', label: 'Cách làm hay', labelEn: 'Good practice' },
  { value: 'initiative', label: 'Sáng kiến', labelEn: 'Initiative' },
  { value: 'exemplar', label: 'Gương điển hình', labelEn: 'Exemplary person or unit' },
] as const
