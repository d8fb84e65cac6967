import { z } from 'zod'
import { isPublicSlug } from '../text/slugRules'

export const idSchema = z.number().int().positive()

export const slugSchema = z.string().refine(isPublicSlug, 'slug must be lower-case ASCII words joined by hyphens, not only digits')

/** Payload serialises dates as ISO 8601 strings in UTC. */
export const timestampSchema = z.iso.datetime({ offset: true })

/** One page of a Payload REST list response. */
export const listPageSchema = z.object({
  docs: z.array(z.unknown()),
  totalDocs: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  hasNextPage: z.boolean(),
  nextPage: z.number().int().positive().nullish(),
})

export type ListPage = z.infer<typeof listPageSchema>

/**
 * Where an imported article or document came from, as far as its old addresses need it
 * (urls/oldLinks.ts): absent for one made in the CMS, so its JSON (and its pages' cache keys) stay as they were.
 */
export const importSourceSchema = z
  .object({ system: z.string().nullish(), site: z.string().nullish(), itemId: z.string().nullish(), url: z.string().nullish() })
  .nullish()
  .transform((source) => (source?.system ? source : undefined))
