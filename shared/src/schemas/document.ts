import { z } from 'zod'
import { DOCUMENT_TYPES, isDocumentNumber } from '../domain/documentTypes'
import { idSchema, importSourceSchema, slugSchema, timestampSchema } from './common'
import { enumOf, idList } from './options'

export const publicDocumentSchema = z.object({
  id: idSchema,
  number: z.string().refine(isDocumentNumber, 'not a Vietnamese document number such as 145/KH-UBND'),
  title: z.string().min(1),
  slug: slugSchema,
  type: enumOf(DOCUMENT_TYPES),
  issuer: z.string().min(1),
  signer: z.string().nullish(),
  issuedAt: timestampSchema,
  effectiveAt: timestampSchema.nullish(),
  summary: z.string().nullish(),
  file: idSchema.nullish(),
  relatedDocuments: idList(idSchema),
  reformAreas: idList(idSchema),
  unit: idSchema.nullish(),
  importSource: importSourceSchema,
  updatedAt: timestampSchema,
})

export type PublicDocument = z.infer<typeof publicDocumentSchema>
