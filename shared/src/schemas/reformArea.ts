import { z } from 'zod'
import { idSchema, slugSchema, timestampSchema } from './common'

export const publicReformAreaSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  slug: slugSchema,
  description: z.string().nullish(),
  order: z.number().int().nullish(),
  updatedAt: timestampSchema,
})

export type PublicReformArea = z.infer<typeof publicReformAreaSchema>
