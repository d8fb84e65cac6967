import { publicArticleSchema } from './article'
import { publicMediaSchema } from './media'
import { publicReformAreaSchema } from './reformArea'
import { publicUnitSchema } from './unit'

/** The CMS collections the public site is built from: Payload slug and the schema of their JSON. */
export const PUBLIC_COLLECTIONS = {
  articles: { slug: 'articles', schema: publicArticleSchema },
  reformAreas: { slug: 'reform-areas', schema: publicReformAreaSchema },
  units: { slug: 'units', schema: publicUnitSchema },
  media: { slug: 'media', schema: publicMediaSchema },
} as const
