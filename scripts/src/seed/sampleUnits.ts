/** The sample portal belongs to one province; a few of its wards and communes carry local news. */
export const SAMPLE_PROVINCE = 'Tỉnh Bắc Ninh'

export const SAMPLE_LOCAL_UNITS = [
  { key: 'kinh-bac', name: 'Phường Kinh Bắc', type: 'ward' },
  { key: 'vo-cuong', name: 'Phường Võ Cường', type: 'ward' },
  { key: 'bac-giang', name: 'Phường Bắc Giang', type: 'ward' },
  { key: 'da-mai', name: 'Phường Đa Mai', type: 'ward' },
  { key: 'tien-du', name: 'Xã Tiên Du', type: 'commune' },
  { key: 'luc-ngan', name: 'Xã Lục Ngạn', type: 'commune' },
  { key: 'so-noi-vu', name: 'Sở Nội vụ', type: 'department' },
  { key: 'trung-tam-hcc', name: 'Trung tâm Phục vụ hành chính công tỉnh', type: 'department' },
] as const

export type SampleUnitKey = (typeof SAMPLE_LOCAL_UNITS)[number]['key']
