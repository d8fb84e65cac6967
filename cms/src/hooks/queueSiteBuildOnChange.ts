import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { queueSiteBuild } from '../siteBuilds/queueSiteBuild'
import { changeAction } from '../utilities/changeAction'
import { describeChange } from '../utilities/describeChange'
import { savingDraft } from './savingDraft'

const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>) => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

/**
 * A write that changes what the public sees queues a site build: publish and unpublish of
 * editorial content (a draft save changes nothing public), any write to the other public
 * collections (units, areas; files once they exist).
 */
export const queueSiteBuildOnChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  // A new file is not on the site until published content uses it, which queues its own build.
  if (collection.upload && operation === 'create') return doc
  const action = changeAction(operation, doc, savingDraft(req, collection.slug))
  if (!hasDrafts(collection) || action === 'publish' || action === 'unpublish') await queueSiteBuild(req, describeChange(req.user, collection, action, doc))
  return doc
}

export const queueSiteBuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!hasDrafts(collection) || doc._status === 'published') await queueSiteBuild(req, describeChange(req.user, collection, 'delete', doc))
  return doc
}
