/** Kinds of units after the 1 July 2025 two-tier reorganisation (no district level). */
export const UNIT_TYPES = [
  { value: 'ministry', label: 'Bộ, ngành', labelEn: 'Ministry or central agency' },
  { value: 'city', label: 'Thành phố trực thuộc trung ương', labelEn: 'Centrally-run city' },
  { value: 'province', label: 'Tỉnh', labelEn: 'Province' },
  { value: 'department', label: 'Sở, ban, ngành', labelEn: 'Provincial department' },
  { value: 'ward', label: 'Phường', labelEn: 'Ward' },
  { value: 'commune', label: 'Xã', labelEn: 'Commune' },
  { value: 'special-zone', label: 'Đặc khu', labelEn: 'Special zone' },
] as const

export type UnitType = (typeof UNIT_TYPES)[number]['value']
