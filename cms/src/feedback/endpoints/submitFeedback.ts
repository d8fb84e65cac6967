import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { FEEDBACK_FIELDS, FEEDBACK_FORM_FIELDS, feedbackSubmissionSchema, submissionErrors, type FeedbackFieldError, type FeedbackSubmission } from '@reform/shared'
import type { Feedback } from '../../payload-types'
import { confirmPage, messagePage, problemsPage, receivedPage } from '../pages/feedbackPages'
import { checkFormStart, formStartToken } from '../../publicEndpoints/formStartToken'
import { readSubmissionBody } from '../../publicEndpoints/readSubmissionBody'
import { answerFor, jsonNoStore, refusedPublicRequest } from '../../publicEndpoints/publicRequest'
import { FEEDBACK_FROM_ELSEWHERE } from './feedbackChecks'

/** The item a form already created, if it was sent before. */
async function sentBefore(req: PayloadRequest, formKey: string): Promise<Feedback | undefined> {
  const { docs } = await req.payload.find({ collection: 'feedback', where: { formKey: { equals: formKey } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0]
}

/** The unit and reform area a submission names must exist, and the unit must not have been merged away. */
async function unknownReferences(req: PayloadRequest, submission: FeedbackSubmission): Promise<FeedbackFieldError[]> {
  const [unit, area] = await Promise.all([
    req.payload.findByID({ collection: 'units', id: submission.unit, depth: 1, disableErrors: true }),
    req.payload.findByID({ collection: 'reform-areas', id: submission.reformArea, depth: 0, disableErrors: true }),
  ])
  const errors: FeedbackFieldError[] = []
  if (!unit) errors.push({ field: 'unit', message: 'Đơn vị liên quan không có trong danh sách: hãy chọn lại.' })
  else if (unit.dissolvedAt) {
    const into = typeof unit.mergedInto === 'object' && unit.mergedInto ? ` Hãy chọn ${unit.mergedInto.name}.` : ''
    errors.push({ field: 'unit', message: `${unit.name} đã sáp nhập, không còn tiếp nhận góp ý.${into}` })
  }
  if (!area) errors.push({ field: 'reformArea', message: 'Lĩnh vực cải cách không có trong danh sách: hãy chọn lại.' })
  return errors
}

/**
 * `POST /api/feedback`: a citizen's proposal or complaint, from the site's form (a plain post or
 * its script's JSON). Checked in this order, each with a clear Vietnamese message and nothing
 * stored: origin and rate limit, body type and size, the hidden bot field, the fields themselves,
 * the unit and area, then the form's signed start time (too quick or missing: confirm once more).
 */
export const submitFeedback: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const answer = answerFor(req, messagePage)
    const refused = await refusedPublicRequest(req, 'feedback-submit', answer, FEEDBACK_FROM_ELSEWHERE)
    if (refused) return refused
    const body = await readSubmissionBody(req as Request)
    if (!body.ok) return answer.refuse(body.status, body.message)
    const { data } = body
    if (data[FEEDBACK_FIELDS.honeypot]) return answer.refuse(400, 'Không gửi được góp ý: biểu mẫu có một ô ẩn bị điền (thường do phần mềm tự điền). Hãy tải lại trang và gửi lại.')
    const parsed = feedbackSubmissionSchema.safeParse(data)
    const errors = parsed.success ? await unknownReferences(req, parsed.data) : submissionErrors(parsed.error)
    if (!parsed.success || errors.length) {
      return answer.json ? jsonNoStore({ errors }, 400) : problemsPage(errors, data, answer.siteUrl)
    }
    const start = checkFormStart(req.payload.secret, 'feedback-form-start', data[FEEDBACK_FIELDS.startToken])
    if (start.status !== 'ok') {
      if (answer.json) {
        return answer.refuse(
          400,
          start.status === 'too-fast'
            ? 'Bạn gửi nhanh quá: hãy đọc lại nội dung rồi gửi lại sau vài giây.'
            : 'Biểu mẫu đã hết hạn hoặc không hợp lệ: hãy tải lại trang rồi gửi lại.',
        )
      }
      // Only the form's own fields go back into it, as text.
      const fields = Object.fromEntries(FEEDBACK_FORM_FIELDS.flatMap((name) => (typeof data[name] === 'string' ? [[name, data[name] as string]] : [])))
      return confirmPage(fields, formStartToken(req.payload.secret, 'feedback-form-start'), answer.siteUrl, start.status === 'too-fast')
    }
    const received = (item: Feedback, status: number) =>
      answer.json ? jsonNoStore({ trackingCode: item.trackingCode, status: item.status }, status) : receivedPage(String(item.trackingCode), answer.siteUrl, status)
    // One form is one submission: sent again (a double click, a page resent), it gets the same code.
    const earlier = await sentBefore(req, start.key)
    if (earlier) return received(earlier, 200)
    try {
      // The public version of the question starts as the citizen's own words, for the handler to edit.
      const item = await req.payload.create({
        collection: 'feedback',
        data: { ...parsed.data, status: 'received', publicTitle: parsed.data.subject, publicQuestion: parsed.data.message, formKey: start.key },
        overrideAccess: true,
        req,
      })
      return received(item, 201)
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      // The same form posted twice at once: the unique key stopped the second, which gets the first's code.
      const raced = error.data.errors.some((problem) => problem.path === 'formKey') ? await sentBefore(req, start.key) : undefined
      if (raced) return received(raced, 200)
      // The collection's own checks stand behind the schema; what they refuse is the sender's to fix.
      const refused = error.data.errors.map((problem) => ({ field: problem.path, message: `${problem.message} (${problem.label ?? problem.path})` }))
      return answer.json ? jsonNoStore({ errors: refused }, 400) : problemsPage(refused, data, answer.siteUrl)
    }
  },
}
