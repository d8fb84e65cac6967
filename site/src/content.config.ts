import { defineCollection } from 'astro:content'
import { cmsUrl } from './lib/cmsUrl'
import { payloadCollectionLoader } from './loaders/payloadCollectionLoader'
import { syncOptions, type SiteCollection } from './loaders/siteCollections'

const cms = cmsUrl()
const fromCms = (collection: SiteCollection) => defineCollection({ loader: payloadCollectionLoader(syncOptions(collection, cms)) })

export const collections = {
  articles: fromCms('articles'),
  bulletins: fromCms('bulletins'),
  practices: fromCms('practices'),
  documents: fromCms('documents'),
  indexResults: fromCms('indexResults'),
  procedureStats: fromCms('procedureStats'),
  reformAreas: fromCms('reformAreas'),
  units: fromCms('units'),
  feedbackAnswers: fromCms('feedbackAnswers'),
  media: fromCms('media'),
  documentFiles: fromCms('documentFiles'),
  audio: fromCms('audio'),
  videos: fromCms('videos'),
}
