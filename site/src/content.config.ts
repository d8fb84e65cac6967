import { defineCollection } from 'astro:content'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { cmsUrl } from './lib/cmsUrl'
import { payloadCollectionLoader } from './loaders/payloadCollectionLoader'

const cms = cmsUrl()
type Files = (doc: { url?: string | null; sizes?: Record<string, { url?: string | null }> }) => Array<string | null | undefined>

const fromCms = (collection: (typeof PUBLIC_COLLECTIONS)[keyof typeof PUBLIC_COLLECTIONS], files?: Files) =>
  defineCollection({ loader: payloadCollectionLoader({ cms, ...collection, files }) })

// Upload collections: their files (every image size too) are copied for the static output.
const fileAndSizes: Files = (doc) => [doc.url, ...Object.values(doc.sizes ?? {}).map((size) => size.url)]

export const collections = {
  articles: fromCms(PUBLIC_COLLECTIONS.articles),
  bulletins: fromCms(PUBLIC_COLLECTIONS.bulletins),
  practices: fromCms(PUBLIC_COLLECTIONS.practices),
  documents: fromCms(PUBLIC_COLLECTIONS.documents),
  indexResults: fromCms(PUBLIC_COLLECTIONS.indexResults),
  procedureStats: fromCms(PUBLIC_COLLECTIONS.procedureStats),
  reformAreas: fromCms(PUBLIC_COLLECTIONS.reformAreas),
  units: fromCms(PUBLIC_COLLECTIONS.units),
  media: fromCms(PUBLIC_COLLECTIONS.media, fileAndSizes),
  documentFiles: fromCms(PUBLIC_COLLECTIONS.documentFiles, fileAndSizes),
  audio: fromCms(PUBLIC_COLLECTIONS.audio, fileAndSizes),
  videos: fromCms(PUBLIC_COLLECTIONS.videos, fileAndSizes),
}
