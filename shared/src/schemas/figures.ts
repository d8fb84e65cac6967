import { z } from 'zod'
import { INDEX_NAMES } from '../domain/indexNames'
import { idSchema, timestampSchema } from './common'
import { enumOf } from './options'

export const publicIndexResultSchema = z.object({
  id: idSchema,
  index: enumOf(INDEX_NAMES),
  otherIndexName: z.string().nullish(),
  year: z.number().int(),
  unit: idSchema,
  score: z.number().nonnegative(),
  maxScore: z.number().nonnegative().nullish(),
  rank: z.number().int().positive().nullish(),
  components: z
    .array(z.object({ name: z.string().min(1), score: z.number(), maxScore: z.number().nullish() }))
    .nullish()
    .transform((list) => list ?? []),
  sourceDocument: idSchema.nullish(),
  updatedAt: timestampSchema,
})

export const publicProcedureStatSchema = z.object({
  id: idSchema,
  unit: idSchema,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  received: z.number().int().nonnegative(),
  onTime: z.number().int().nonnegative(),
  late: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  onlineShare: z.number().min(0).max(100).nullish(),
  updatedAt: timestampSchema,
})

export type PublicIndexResult = z.infer<typeof publicIndexResultSchema>
export type PublicProcedureStat = z.infer<typeof publicProcedureStatSchema>
