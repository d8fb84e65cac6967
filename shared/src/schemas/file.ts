import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/** A downloadable file (document PDF/DOCX, audio, video). */
export const publicFileSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  url: z.url(),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().int().nonnegative(),
  updatedAt: timestampSchema,
})

export type PublicFile = z.infer<typeof publicFileSchema>

/** An audio file: its length in whole seconds, read from the file on upload (none if unreadable). */
export const publicAudioSchema = publicFileSchema.extend({
  durationSeconds: z.number().nonnegative().nullish(),
})

export type PublicAudio = z.infer<typeof publicAudioSchema>
