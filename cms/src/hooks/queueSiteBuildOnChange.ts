import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'
import { auditActionLabel, type AuditAction } from '../collections/AuditLog'
import { queueSiteBuild } from '../siteBuilds/queueSiteBuild'
import { changeAction } from '../utilities/changeAction'
import { documentTitle } from '../utilities/documentTitle'
import { savingDraft } from './savingDraft'

type Collection = Pick<CollectionConfig, 'slug' | 'labels' | 'admin' | 'versions'>

const hasDrafts = (collection: Collection) => Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

function collectionName(collection: Collection): string {
  const singular = collection.labels?.singular
  return typeof singular === 'object' && singular !== null && 'vi' in singular ? String(singular.vi) : collection.slug
}

function reason(req: PayloadRequest, collection: Collection, action: AuditAction, doc: Record<string, unknown>): string {
  const who = (req.user as { email?: string } | null)?.email ?? 'Hệ thống'
  return `${who}: ${auditActionLabel(action)} ${collectionName(collection)} “${documentTitle(doc, collection)}”`
}

/**
 * A write that changes what the public sees queues a site build: publish and unpublish of
 * editorial content (a draft save changes nothing public), any write to the other public
 * collections (units, areas, files).
 */
export const queueSiteBuildOnChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const action = changeAction(operation, doc, savingDraft(req, collection.slug))
  if (!hasDrafts(collection) || action === 'publish' || action === 'unpublish') await queueSiteBuild(req, reason(req, collection, action, doc))
  return doc
}

export const queueSiteBuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!hasDrafts(collection) || doc._status === 'published') await queueSiteBuild(req, reason(req, collection, 'delete', doc))
  return doc
}
