import { z } from 'zod'
import { ARTICLE_KINDS, AUDIENCES, isKnownVideoUrl } from '../domain/articleKinds'
import { idSchema, importSourceSchema, slugSchema, timestampSchema } from './common'
import { enumOf, idList } from './options'

/** An article as the anonymous REST API returns it at depth 0: relations are ids. */
export const publicArticleSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().nullish(),
  bodyHtml: z.string(),
  heroImage: idSchema.nullish(),
  reformAreas: z.array(idSchema).min(1, 'an article needs at least one reform area'),
  units: idList(idSchema),
  kind: enumOf(ARTICLE_KINDS)
    .nullish()
    .transform((kind) => kind ?? 'news'),
  audiences: z
    .array(enumOf(AUDIENCES))
    .nullish()
    .transform((list) => list ?? []),
  videoFile: idSchema.nullish(),
  videoUrl: z.string().refine(isKnownVideoUrl, 'video URL must be https on a known host').nullish(),
  audio: idSchema.nullish(),
  radioScript: z.string().nullish(),
  relatedDocuments: idList(idSchema),
  forGrassroots: z
    .boolean()
    .nullish()
    .transform((flag) => flag ?? false),
  authorName: z.string().nullish(),
  sourceName: z.string().nullish(),
  sourceUrl: z.url({ protocol: /^https?$/ }).nullish(),
  publishedAt: timestampSchema,
  importSource: importSourceSchema,
  updatedAt: timestampSchema,
})

export type PublicArticle = z.infer<typeof publicArticleSchema>
