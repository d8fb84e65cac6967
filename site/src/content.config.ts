import { defineCollection } from 'astro:content'
import { publicArticleSchema, publicMediaSchema, publicReformAreaSchema, publicUnitSchema } from '@reform/shared'
import { cmsUrl } from './lib/cmsUrl'
import { payloadCollectionLoader } from './loaders/payloadCollectionLoader'

const cms = cmsUrl()

export const collections = {
  articles: defineCollection({ loader: payloadCollectionLoader({ cms, collection: 'articles', schema: publicArticleSchema }) }),
  reformAreas: defineCollection({ loader: payloadCollectionLoader({ cms, collection: 'reform-areas', schema: publicReformAreaSchema }) }),
  units: defineCollection({ loader: payloadCollectionLoader({ cms, collection: 'units', schema: publicUnitSchema }) }),
  media: defineCollection({ loader: payloadCollectionLoader({ cms, collection: 'media', schema: publicMediaSchema }) }),
}
