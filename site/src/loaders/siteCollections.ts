import { PUBLIC_COLLECTIONS } from '@reform/shared'
import type { SyncOptions, UploadUrls } from './syncCollection'

export type SiteCollection = keyof typeof PUBLIC_COLLECTIONS

// Upload collections: their files (every image size too) are copied for the static output.
const fileAndSizes = (doc: UploadUrls) => [doc.url, ...Object.values(doc.sizes ?? {}).map((size) => size.url)]
const UPLOADS = new Set<SiteCollection>(['media', 'documentFiles', 'audio', 'videos'])

/** How one collection the site is built from is read from the CMS at `cms` (Astro's loaders and the live renderer). */
export const syncOptions = (collection: SiteCollection, cms: string): Omit<SyncOptions, 'mirrorDir' | 'digest'> => ({
  cms,
  ...PUBLIC_COLLECTIONS[collection],
  files: UPLOADS.has(collection) ? fileAndSizes : undefined,
})

export const SITE_COLLECTIONS = Object.keys(PUBLIC_COLLECTIONS) as SiteCollection[]
