/** Kinds of units after the 1 July 2025 two-tier reorganisation (no district level). */
export const UNIT_TYPES = [
  { value: 'ministry', label: 'Bộ, ngành' },
  { value: 'city', label: 'Thành phố trực thuộc trung ương' },
  { value: 'province', label: 'Tỉnh' },
  { value: 'department', label: 'Sở, ban, ngành' },
  { value: 'ward', label: 'Phường' },
  { value: 'commune', label: 'Xã' },
  { value: 'special-zone', label: 'Đặc khu' },
] as const

export type UnitType = (typeof UNIT_TYPES)[number]['value']

export const UNIT_TYPE_VALUES = UNIT_TYPES.map((type) => type.value) as [UnitType, ...UnitType[]]

export function unitTypeLabel(value: UnitType): string {
  return UNIT_TYPES.find((type) => type.value === value)?.label ?? value
}
