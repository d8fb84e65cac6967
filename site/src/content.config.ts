import { defineCollection } from 'astro:content'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { cmsUrl } from './lib/cmsUrl'
import { payloadCollectionLoader } from './loaders/payloadCollectionLoader'

const cms = cmsUrl()

export const collections = {
  articles: defineCollection({ loader: payloadCollectionLoader({ cms, ...PUBLIC_COLLECTIONS.articles }) }),
  reformAreas: defineCollection({ loader: payloadCollectionLoader({ cms, ...PUBLIC_COLLECTIONS.reformAreas }) }),
  units: defineCollection({ loader: payloadCollectionLoader({ cms, ...PUBLIC_COLLECTIONS.units }) }),
  media: defineCollection({ loader: payloadCollectionLoader({ cms, ...PUBLIC_COLLECTIONS.media }) }),
}
