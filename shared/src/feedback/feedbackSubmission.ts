import { z } from 'zod'
import { FEEDBACK_KINDS } from '../domain/feedbackKinds'
import { enumOf } from '../schemas/options'
import { toNFC } from '../text/normalize'

export const FEEDBACK_LIMITS = { name: 100, email: 254, phone: 20, subject: 200, message: 5000 } as const

// Control characters other than tab and line breaks carry nothing a person typed, and PostgreSQL
// refuses NUL in text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
// Markup (a tag, a comment): never needed in a question, often a probe.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i

const wrongType = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined || issue.input === null ? `Hãy nhập ${what}.` : `${capitalise(what)} phải là chữ.`
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Text as a person typed it: NFC, no control characters, trimmed; then its limits. */
function text(what: string, min: number, max: number) {
  return z
    .string({ error: wrongType(what) })
    .transform((value) => toNFC(value).replace(CONTROL, '').trim())
    .pipe(
      z
        .string()
        .min(1, `Hãy nhập ${what}.`)
        .min(min, `${capitalise(what)} cần ít nhất ${min} ký tự.`)
        .max(max, `${capitalise(what)} dài quá ${max} ký tự.`)
        .refine((value) => !MARKUP.test(value), `${capitalise(what)} không được chứa mã HTML (thẻ <…>).`),
    )
}

/** An optional field: an empty string (a form's blank input) counts as not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

// Record ids are PostgreSQL integers.
const LARGEST_ID = 2_147_483_647

/** A record id from a form (a string of digits) or JSON (a number). */
const id = (what: string) => {
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
const checkbox = z.preprocess(
  (value) => (value === 'on' || value === 'true' ? true : value === undefined || value === '' || value === 'false' ? false : value),
  z.boolean({ error: 'Ô đồng ý công khai chỉ nhận có hoặc không.' }),
)

/**
 * What a citizen sends through the feedback form, checked at the CMS's edge. Every message is
 * Vietnamese and names the field, since the citizen reads it.
 */
export const feedbackSubmissionSchema = z.object({
  name: text('họ và tên', 2, FEEDBACK_LIMITS.name),
  email: optional(
    z
      .string({ error: 'Thư điện tử phải là chữ.' })
      .trim()
      .max(FEEDBACK_LIMITS.email, 'Địa chỉ thư điện tử quá dài.')
      .pipe(z.email('Địa chỉ thư điện tử không đúng dạng (ví dụ: ten@example.com).')),
  ),
  phone: optional(
    z
      .string({ error: 'Số điện thoại phải là chữ số.' })
      .trim()
      .regex(/^\+?[0-9][0-9 .-]{7,18}[0-9]$/, 'Số điện thoại không đúng dạng (ví dụ: 0912 345 678).'),
  ),
  kind: z.preprocess((value) => (value === undefined || value === '' ? 'proposal' : value), enumOf(FEEDBACK_KINDS, 'Loại góp ý không hợp lệ.')),
  unit: id('đơn vị liên quan'),
  reformArea: id('lĩnh vực cải cách'),
  subject: text('tiêu đề', 5, FEEDBACK_LIMITS.subject),
  message: text('nội dung', 10, FEEDBACK_LIMITS.message),
  consentToPublish: checkbox,
})

export type FeedbackSubmission = z.infer<typeof feedbackSubmissionSchema>

/** The fields a citizen fills in (the form's hidden ones aside). */
export const FEEDBACK_FORM_FIELDS = Object.keys(feedbackSubmissionSchema.shape) as Array<keyof FeedbackSubmission>

/** One problem with a submission, for the field it concerns (`form` for the whole form). */
export type FeedbackFieldError = { field: string; message: string }

/** The problems zod found, one per field (the first), in the form's order. */
export function submissionErrors(error: z.ZodError): FeedbackFieldError[] {
  const seen = new Set<string>()
  return error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? 'form')
    if (seen.has(field)) return []
    seen.add(field)
    return [{ field, message: issue.message }]
  })
}
