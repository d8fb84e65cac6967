import type { CollectionAfterChangeHook, Where } from 'payload'
import { savingDraft } from '../../hooks/savingDraft'
import { changeAction } from '../../auditLog/changeAction'
import { itemDate } from '../items/mailItem'
import { queueMailJob } from '../queueMailJob'
import { loadingExistingContent } from './loadingExistingContent'
import type { MailableCollection } from './mailableCollections'

/**
 * The first publish of an article, practice, document or bulletin is recorded, and its "at once"
 * alert queued, in the publish's own transaction: both or neither. Later publishes (edits) mail
 * nobody again.
 */
export const recordFirstPublish: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (changeAction(operation, doc, savingDraft(req, collection.slug)) !== 'publish') return doc
  const where: Where = { and: [{ itemCollection: { equals: collection.slug } }, { itemId: { equals: doc.id } }] }
  const { totalDocs } = await req.payload.count({ collection: 'published-items', where, req })
  if (totalDocs > 0) return doc
  const quiet = loadingExistingContent(req.context)
  const item = await req.payload.create({
    collection: 'published-items',
    data: {
      itemCollection: collection.slug as MailableCollection,
      itemId: doc.id,
      firstPublishedAt: quiet ? itemDate(collection.slug as MailableCollection, doc) || new Date().toISOString() : new Date().toISOString(),
    },
    depth: 0,
    req,
  })
  if (!quiet) await queueMailJob(req, { task: 'sendAlert', input: { publishedItem: item.id } })
  return doc
}
