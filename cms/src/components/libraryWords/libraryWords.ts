/**
 * English that libraries inside the admin write into the page with no way to set it: accessible
 * names in Payload's rich-text editor (Lexical), on Payload's relationship chips ("Edit <title>"),
 * on its notices (sonner) and react-datepicker's live region and dialog name.
 * What can be set (Payload's translations, the date picker's props) is set where it belongs; only
 * these are translated in the page (LibraryWordsInVietnamese).
 */
export const LIBRARY_LABELS: Readonly<Record<string, string>> = {
  // @payloadcms/richtext-lexical
  'Drag to move': 'Kéo để di chuyển',
  'Add block': 'Thêm khối',
  'Edit link': 'Sửa liên kết',
  'Remove link': 'Gỡ liên kết',
  'Insert Paragraph': 'Chèn đoạn văn',
  'Add Row': 'Thêm hàng',
  'Add Column': 'Thêm cột',
  // sonner (Payload's notices): the close button of a notice
  'Close toast': 'Đóng thông báo',
  // react-datepicker: the calendar's dialog
  'Choose Date and Time': 'Chọn ngày và giờ',
  'Choose Date': 'Chọn ngày',
  'Choose Time': 'Chọn giờ',
}

/** Accessible names made of an English word and a document's title. */
const LABEL_PREFIXES: ReadonlyArray<readonly [english: string, vietnamese: string]> = [
  // @payloadcms/ui fields/Relationship MultiValueLabel: the pencil on a chosen document
  ['Edit ', 'Sửa '],
]

/** react-datepicker's live region ("Selected date: …"), read out after each choice. */
const LIVE_PREFIXES: ReadonlyArray<readonly [english: string, vietnamese: string]> = [
  ['Selected start date: ', 'Ngày bắt đầu đã chọn: '],
  ['End date: ', 'Ngày kết thúc: '],
  ['Selected date: ', 'Ngày đã chọn: '],
  ['Selected time: ', 'Giờ đã chọn: '],
  ['Selected month: ', 'Tháng đã chọn: '],
  ['Selected year: ', 'Năm đã chọn: '],
  ['Selected quarter: ', 'Quý đã chọn: '],
]

/** An accessible name in Vietnamese, or undefined when it is not one of the libraries' English ones. */
export function vietnameseLabel(label: string): string | undefined {
  if (LIBRARY_LABELS[label]) return LIBRARY_LABELS[label]
  const prefix = LABEL_PREFIXES.find(([english]) => label.startsWith(english))
  return prefix ? prefix[1] + label.slice(prefix[0].length) : undefined
}

/** The live region's text in Vietnamese, or undefined when there is nothing to change. */
export function vietnameseLiveText(text: string): string | undefined {
  let result = text
  for (const [english, vietnamese] of LIVE_PREFIXES) result = result.split(english).join(vietnamese)
  return result === text ? undefined : result
}
