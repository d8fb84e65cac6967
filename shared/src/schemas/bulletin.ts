import { z } from 'zod'
import { idSchema, timestampSchema } from './common'
import { idList } from './options'

export const publicBulletinSchema = z.object({
  id: idSchema,
  number: z.number().int().positive(),
  year: z.number().int().min(2000),
  issueDate: timestampSchema,
  title: z.string().min(1),
  introductionHtml: z.string().nullish(),
  sections: z
    .array(z.object({ heading: z.string().min(1), reformArea: idSchema.nullish(), articles: idList(idSchema) }))
    .nullish()
    .transform((sections) => sections ?? []),
  cover: idSchema.nullish(),
  pdf: idSchema.nullish(),
  updatedAt: timestampSchema,
})

export type PublicBulletin = z.infer<typeof publicBulletinSchema>
