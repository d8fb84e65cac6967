import type { DateField, Field, Plugin } from 'payload'

/** How the admin writes dates and times: Vietnamese order, 24-hour clock (typed the same way). */
export const DATE_FORMAT = 'dd/MM/yyyy'
export const TIME_FORMAT = 'HH:mm'
export const DATE_TIME_FORMAT = `${DATE_FORMAT} ${TIME_FORMAT}`

type Appearance = NonNullable<NonNullable<DateField['admin']>['date']>['pickerAppearance']

/**
 * What Payload's date picker shows for each appearance unless told otherwise: its defaults are
 * American ("MM/dd/yyyy", "MMM d, yyy h:mm a", a 12-hour time list).
 */
const DISPLAY_FORMATS: Record<NonNullable<Appearance>, string> = {
  default: DATE_FORMAT,
  dayOnly: DATE_FORMAT,
  dayAndTime: DATE_TIME_FORMAT,
  timeOnly: TIME_FORMAT,
  monthOnly: 'MM/yyyy',
}

/**
 * react-datepicker's own words (its props, which Payload passes on from `admin.date.overrides`):
 * its defaults are English ("Time", "Previous Month", "Choose …" on every day).
 */
export const DATE_PICKER_WORDS = {
  timeCaption: 'Giờ',
  timeInputLabel: 'Giờ',
  previousMonthAriaLabel: 'Tháng trước',
  previousMonthButtonLabel: 'Tháng trước',
  nextMonthAriaLabel: 'Tháng sau',
  nextMonthButtonLabel: 'Tháng sau',
  previousYearAriaLabel: 'Năm trước',
  previousYearButtonLabel: 'Năm trước',
  nextYearAriaLabel: 'Năm sau',
  nextYearButtonLabel: 'Năm sau',
  chooseDayAriaLabelPrefix: 'Chọn',
  disabledDayAriaLabelPrefix: 'Không chọn được',
  weekAriaLabelPrefix: 'Tuần',
  monthAriaLabelPrefix: 'Tháng',
  ariaLabelClose: 'Xóa',
} as const

type DatePickerConfig = NonNullable<NonNullable<DateField['admin']>['date']>

/** A date field's picker settings with the Vietnamese defaults under whatever the field sets itself. */
export function vietnameseDatePicker(date: DatePickerConfig = {}): DatePickerConfig {
  const given = date as DatePickerConfig & { timeFormat?: string }
  const appearance = given.pickerAppearance ?? 'default'
  return {
    ...given,
    displayFormat: given.displayFormat ?? DISPLAY_FORMATS[appearance],
    timeFormat: given.timeFormat ?? TIME_FORMAT,
    overrides: { ...DATE_PICKER_WORDS, ...given.overrides },
  } as DatePickerConfig
}

/** `fields` with every date field, at any depth, shown and typed as `dd/MM/yyyy HH:mm`. */
export function withVietnameseDates(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') return { ...field, admin: { ...field.admin, date: vietnameseDatePicker(field.admin?.date) } }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withVietnameseDates(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withVietnameseDates(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withVietnameseDates(field.fields) } as Field
    return field
  })
}

/**
 * Every date field of every collection and global in Vietnamese order and 24-hour time (after the
 * plugins that add collections). Payload's own timestamps (createdAt, updatedAt) follow the config's
 * `admin.dateFormat`; the schedule drawer has its own picker (components/publishing).
 */
export const adminDatesPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: withVietnameseDates(collection.fields) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: withVietnameseDates(global.fields) })),
})
