import { z } from 'zod'
import { FEEDBACK_KINDS } from '../domain/feedbackKinds'
import { enumOf } from '../schemas/options'
import { toNFC } from '../text/normalize'
import { capitalise, checkbox, EMAIL_MAX_LENGTH, emailAddress, optional, recordId } from '../forms/formFields'

export const FEEDBACK_LIMITS = { name: 100, email: EMAIL_MAX_LENGTH, phone: 20, subject: 200, message: 5000 } as const

// Control characters other than tab and line breaks carry nothing a person typed, and PostgreSQL
// refuses NUL in text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
// Markup (a tag, a comment): never needed in a question, often a probe.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i

const wrongType = (what: string) => (issue: { input: unknown }) => (issue.input === undefined || issue.input === null ? `Hãy nhập ${what}.` : `${capitalise(what)} phải là chữ.`)

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

/**
 * What a citizen sends through the feedback form, checked at the CMS's edge. Every message is
 * Vietnamese and names the field, since the citizen reads it.
 */
export const feedbackSubmissionSchema = z.object({
  name: text('họ và tên', 2, FEEDBACK_LIMITS.name),
  email: optional(emailAddress()),
  phone: optional(
    z
      .string({ error: 'Số điện thoại phải là chữ số.' })
      .trim()
      .regex(/^\+?[0-9][0-9 .-]{7,18}[0-9]$/, 'Số điện thoại không đúng dạng (ví dụ: 0912 345 678).'),
  ),
  kind: z.preprocess((value) => (value === undefined || value === '' ? 'proposal' : value), enumOf(FEEDBACK_KINDS, 'Loại góp ý không hợp lệ.')),
  unit: recordId('đơn vị liên quan'),
  reformArea: recordId('lĩnh vực cải cách'),
  subject: text('tiêu đề', 5, FEEDBACK_LIMITS.subject),
  message: text('nội dung', 10, FEEDBACK_LIMITS.message),
  consentToPublish: checkbox('đồng ý công khai'),
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
