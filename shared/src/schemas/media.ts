import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

const imageSizeSchema = z.object({
  url: z.url().nullish(),
  width: z.number().int().nullish(),
  height: z.number().int().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().int().nullish(),
})

export const publicMediaSchema = z.object({
  id: idSchema,
  alt: z.string().min(1),
  url: z.url(),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().int().nonnegative(),
  width: z.number().int().nullish(),
  height: z.number().int().nullish(),
  sizes: z.record(z.string(), imageSizeSchema).default({}),
  updatedAt: timestampSchema,
})

export type PublicMedia = z.infer<typeof publicMediaSchema>
export type PublicImageSize = z.infer<typeof imageSizeSchema>
