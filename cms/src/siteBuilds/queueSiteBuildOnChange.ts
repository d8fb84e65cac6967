import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'
import { changeAction } from '../auditLog/changeAction'
import { describeChange } from '../auditLog/describeChange'
import { savingDraft } from '../hooks/savingDraft'
import { queueSiteBuild } from './queueSiteBuild'

const hasDrafts = (collection: Pick<CollectionConfig, 'versions'>) => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

/**
 * A collection without drafts whose documents are public only in some state (feedback: an
 * approved answer) says which in `custom.isPublic`; a write that leaves a document private before
 * and after changes nothing public.
 */
export type IsPublic = (doc: Record<string, unknown>) => boolean
const changesNothingPublic = (collection: Pick<CollectionConfig, 'custom'>, ...docs: Array<Record<string, unknown> | undefined>) => {
  const isPublic = collection.custom?.isPublic as IsPublic | undefined
  return isPublic !== undefined && !docs.some((doc) => doc && isPublic(doc))
}

/**
 * A write that changes what the public sees queues a site build: publish and unpublish of
 * editorial content (a draft save changes nothing public), any write to the other public
 * collections (units, areas, files; feedback when its answer is or was published).
 */
export const queueSiteBuildOnChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  // A new file is not on the site until published content uses it, which queues its own build.
  if (collection.upload && operation === 'create') return doc
  if (changesNothingPublic(collection, doc, operation === 'update' ? previousDoc : undefined)) return doc
  const action = changeAction(operation, doc, savingDraft(req, collection.slug))
  if (!hasDrafts(collection) || action === 'publish' || action === 'unpublish') await queueSiteBuild(req, describeChange(req.user, collection, action, doc))
  return doc
}

export const queueSiteBuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (changesNothingPublic(collection, doc)) return doc
  if (!hasDrafts(collection) || doc._status === 'published') await queueSiteBuild(req, describeChange(req.user, collection, 'delete', doc))
  return doc
}
