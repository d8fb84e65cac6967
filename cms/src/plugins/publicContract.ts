import type { CollectionConfig, Config, Plugin } from 'payload'
import { PUBLIC_COLLECTIONS } from '@reform/shared'
import { refuseDeletingShownFile } from '../collections/uploads/hooks/refuseDeletingShownFile'
import { leaveOutStaffOnlyFields } from '../hooks/leaveOutStaffOnlyFields'
import { refuseDeletingWhatIsNeeded } from '../hooks/refuseDeletingWhatIsNeeded'
import { refuseUnpublishingWhatIsNeeded } from '../hooks/refuseUnpublishingWhatIsNeeded'
import { refuseWhatTheSiteRefuses, rollBackBulkWriteTheSiteRefuses } from '../hooks/refuseWhatTheSiteRefuses'
import { appendHooks } from './appendHooks'

const PUBLIC_SLUGS = new Set<string>(Object.values(PUBLIC_COLLECTIONS).map((collection) => collection.slug))
const hasDrafts = (collection: CollectionConfig) => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

/**
 * What keeps published content valid for the site, per public collection:
 * - every write that leaves a document public is checked against the site's own schema (a bulk
 *   update with a refused document is rolled back whole: Payload would commit the refused write);
 * - files (media, document-files, audio, videos): deleting one that published content shows is refused;
 * - reform areas, units and editorial content: deleting (and, for editorial content, unpublishing)
 *   is refused when some published content would become invalid without it; an optional
 *   reference is dropped, as the site drops references to unpublished documents;
 * - feedback: nothing refers to it.
 * Anonymous reads of every public collection leave its staff-only fields out of the query.
 */
function guarded(collection: CollectionConfig): CollectionConfig {
  if (!PUBLIC_SLUGS.has(collection.slug)) return collection
  const checked = appendHooks(collection, {
    beforeOperation: [leaveOutStaffOnlyFields],
    afterChange: [refuseWhatTheSiteRefuses],
    afterOperation: [rollBackBulkWriteTheSiteRefuses],
  })
  if (collection.upload) return appendHooks(checked, { beforeDelete: [refuseDeletingShownFile] })
  if (hasDrafts(collection)) {
    return appendHooks(checked, {
      beforeDelete: [refuseDeletingWhatIsNeeded],
      beforeChange: [refuseUnpublishingWhatIsNeeded],
    })
  }
  if (collection.slug === 'reform-areas' || collection.slug === 'units') return appendHooks(checked, { beforeDelete: [refuseDeletingWhatIsNeeded] })
  return checked
}

/** The CMS refuses what would make the site refuse published content (see `guarded`). Listed first, so its checks run before other plugins' hooks. */
export const publicContractPlugin: Plugin = (config: Config): Config => ({ ...config, collections: (config.collections ?? []).map(guarded) })
