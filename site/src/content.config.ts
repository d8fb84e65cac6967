import { defineCollection } from 'astro:content'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { cmsUrl } from './lib/cmsUrl'
import { payloadCollectionLoader } from './loaders/payloadCollectionLoader'

const cms = cmsUrl()
const fromCms = (collection: (typeof PUBLIC_COLLECTIONS)[keyof typeof PUBLIC_COLLECTIONS]) =>
  defineCollection({ loader: payloadCollectionLoader({ cms, ...collection }) })

export const collections = {
  articles: fromCms(PUBLIC_COLLECTIONS.articles),
  bulletins: fromCms(PUBLIC_COLLECTIONS.bulletins),
  practices: fromCms(PUBLIC_COLLECTIONS.practices),
  documents: fromCms(PUBLIC_COLLECTIONS.documents),
  indexResults: fromCms(PUBLIC_COLLECTIONS.indexResults),
  procedureStats: fromCms(PUBLIC_COLLECTIONS.procedureStats),
  reformAreas: fromCms(PUBLIC_COLLECTIONS.reformAreas),
  units: fromCms(PUBLIC_COLLECTIONS.units),
  media: fromCms(PUBLIC_COLLECTIONS.media),
  documentFiles: fromCms(PUBLIC_COLLECTIONS.documentFiles),
  audio: fromCms(PUBLIC_COLLECTIONS.audio),
  videos: fromCms(PUBLIC_COLLECTIONS.videos),
}
