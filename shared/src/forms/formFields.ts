import { z } from 'zod'

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** An optional field: an empty string (a form's blank input) counts as not given. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

// Record ids are PostgreSQL integers.
const LARGEST_ID = 2_147_483_647

/** A record id from a form (a string of digits) or JSON (a number). */
export const recordId = (what: string) => {
  const invalid = `${capitalise(what)} không hợp lệ.`
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\d{1,10}$/.test(value.trim()) ? Number(value) : value),
    z
      .number({ error: (issue) => (issue.input === undefined || issue.input === '' ? `Hãy chọn ${what}.` : invalid) })
      .int(invalid)
      .positive(invalid)
      .max(LARGEST_ID, invalid),
  )
}

/** A checkbox: a form sends "on" (or nothing), JSON a boolean. */
export const checkbox = (what: string) =>
  z.preprocess(
    (value) => (value === 'on' || value === 'true' ? true : value === undefined || value === '' || value === 'false' ? false : value),
    z.boolean({ error: `Ô ${what} chỉ nhận có hoặc không.` }),
  )

export const EMAIL_MAX_LENGTH = 254

/** An e-mail address as typed: trimmed, then checked; `what` names the field in the message. */
export const emailAddress = (what = 'Thư điện tử') =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `Hãy nhập địa chỉ thư điện tử.` : `${what} phải là chữ.`) })
    .trim()
    .min(1, 'Hãy nhập địa chỉ thư điện tử.')
    .max(EMAIL_MAX_LENGTH, 'Địa chỉ thư điện tử quá dài.')
    .pipe(z.email('Địa chỉ thư điện tử không đúng dạng (ví dụ: ten@example.com).'))
