import { z } from 'zod'
import { UNIT_TYPES } from '../domain/unitTypes'
import { enumOf } from './options'
import { idSchema, slugSchema, timestampSchema } from './common'

export const publicUnitSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  slug: slugSchema,
  type: enumOf(UNIT_TYPES),
  code: z.string().nullish(),
  parent: idSchema.nullish(),
  dissolvedAt: timestampSchema.nullish(),
  mergedInto: idSchema.nullish(),
  updatedAt: timestampSchema,
})

export type PublicUnit = z.infer<typeof publicUnitSchema>
