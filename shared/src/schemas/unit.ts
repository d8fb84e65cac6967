import { z } from 'zod'
import { UNIT_TYPE_VALUES } from '../domain/unitTypes'
import { idSchema, slugSchema, timestampSchema } from './common'

export const publicUnitSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  slug: slugSchema,
  type: z.enum(UNIT_TYPE_VALUES),
  code: z.string().nullish(),
  parent: idSchema.nullish(),
  dissolvedAt: timestampSchema.nullish(),
  mergedInto: idSchema.nullish(),
  updatedAt: timestampSchema,
})

export type PublicUnit = z.infer<typeof publicUnitSchema>
