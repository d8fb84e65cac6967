import { z } from 'zod'
import { FEEDBACK_STATUSES } from '../domain/feedbackStatuses'
import { enumOf } from '../schemas/options'
import { timestampSchema } from '../schemas/common'

/** What the status endpoint tells whoever holds a tracking code: never who sent it. */
export const feedbackStatusReportSchema = z.object({
  trackingCode: z.string(),
  status: enumOf(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  subject: z.string(),
  receivedAt: timestampSchema,
  dueDate: timestampSchema.nullable(),
  answeredAt: timestampSchema.nullable(),
  /** The answer (or the reason it was declined), sanitised HTML; null until there is one. */
  answerHtml: z.string().nullable(),
  answeringUnit: z.string().nullable(),
})

export type FeedbackStatusReport = z.infer<typeof feedbackStatusReportSchema>
