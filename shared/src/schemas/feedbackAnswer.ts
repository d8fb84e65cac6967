import { z } from 'zod'
import { FEEDBACK_KINDS } from '../domain/feedbackKinds'
import { idSchema, timestampSchema } from './common'
import { enumOf } from './options'

/**
 * A published answer to a citizen's question, as an anonymous reader gets it from the CMS. Only
 * these fields are kept: anything else the API might return never reaches the site.
 */
export const publicFeedbackAnswerSchema = z.object({
  id: idSchema,
  kind: enumOf(FEEDBACK_KINDS),
  publicTitle: z.string().min(1),
  publicQuestion: z.string().min(1),
  reformArea: idSchema,
  unit: idSchema,
  answerHtml: z.string().min(1),
  answeringUnit: idSchema.nullish(),
  answeredAt: timestampSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})

export type PublicFeedbackAnswer = z.infer<typeof publicFeedbackAnswerSchema>
