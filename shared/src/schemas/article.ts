import { z } from 'zod'
import { idSchema, slugSchema, timestampSchema } from './common'

/** An article as the anonymous REST API returns it at depth 0: relations are ids. */
export const publicArticleSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().nullish(),
  bodyHtml: z.string(),
  heroImage: idSchema.nullish(),
  reformAreas: z.array(idSchema).min(1, 'an article needs at least one reform area'),
  units: z.array(idSchema).nullish().transform((units) => units ?? []),
  authorName: z.string().nullish(),
  sourceName: z.string().nullish(),
  sourceUrl: z.url({ protocol: /^https?$/ }).nullish(),
  publishedAt: timestampSchema,
  updatedAt: timestampSchema,
})

export type PublicArticle = z.infer<typeof publicArticleSchema>
