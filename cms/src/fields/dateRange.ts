import { ValidationError, type Field, type FieldHook } from 'payload'

/** Dates the CMS accepts: PostgreSQL's timestamps hold far more, but nothing here is dated outside these years. */
export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2100

export const DATE_OUT_OF_RANGE = `Ngày phải nằm trong khoảng từ năm ${EARLIEST_YEAR} đến năm ${LATEST_YEAR}.`
export const DATE_INVALID = 'Ngày không hợp lệ.'

/** Why `value` (a date field's input) is refused, or undefined when it is empty or in range. */
export function dateProblem(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : Number.NaN
  if (Number.isNaN(time)) return DATE_INVALID
  const year = new Date(time).getUTCFullYear()
  return year < EARLIEST_YEAR || year > LATEST_YEAR ? DATE_OUT_OF_RANGE : undefined
}

/**
 * A date field's beforeValidate hook: an out-of-range or unreadable date is refused with a 400 and
 * the field named. A hook and not `validate`, because Payload skips validation for drafts, and a
 * draft's date reaches PostgreSQL all the same (a year past 294276 is a database error, a 500).
 */
export const refuseOutOfRangeDate: FieldHook = ({ value, path, req }) => {
  const problem = dateProblem(value)
  if (problem) throw new ValidationError({ errors: [{ path: path.join('.'), message: problem }] }, req.t)
  return value
}

/** `fields` with every date field, at any depth (groups, arrays, rows, tabs, blocks), refusing out-of-range dates. */
export function limitDates(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') {
      const hooks = field.hooks ?? {}
      return { ...field, hooks: { ...hooks, beforeValidate: [refuseOutOfRangeDate, ...(hooks.beforeValidate ?? [])] } }
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: limitDates(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: limitDates(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: limitDates(field.fields) } as Field
    return field
  })
}
