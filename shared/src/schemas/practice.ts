import { z } from 'zod'
import { PRACTICE_KINDS } from '../domain/practiceKinds'
import { idSchema, slugSchema, timestampSchema } from './common'
import { enumOf, idList } from './options'

export const publicPracticeSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  slug: slugSchema,
  kind: enumOf(PRACTICE_KINDS),
  unit: idSchema,
  reformAreas: idList(idSchema),
  yearStarted: z.number().int().nullish(),
  summary: z.string().min(1),
  problem: z.string().nullish(),
  solution: z.string().nullish(),
  results: z
    .array(z.object({ outcome: z.string().min(1) }))
    .nullish()
    .transform((list) => list ?? []),
  replicability: z.string().nullish(),
  contact: z.object({ name: z.string().nullish(), phone: z.string().nullish(), email: z.string().nullish() }).nullish(),
  awards: z
    .array(z.object({ award: z.string().min(1) }))
    .nullish()
    .transform((list) => list ?? []),
  images: idList(idSchema),
  relatedArticles: idList(idSchema),
  relatedDocuments: idList(idSchema),
  updatedAt: timestampSchema,
})

export type PublicPractice = z.infer<typeof publicPracticeSchema>
