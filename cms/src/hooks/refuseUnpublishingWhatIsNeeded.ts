import type { CollectionBeforeChangeHook } from 'payload'
import { publishedUsers, refuseFor } from './publishedUse'
import { savingDraft } from './savingDraft'

/**
 * beforeChange for editorial content: an unpublish is refused, naming them, when some published
 * content would no longer be valid for the site without this document (as refuseDeletingWhatIsNeeded).
 */
export const refuseUnpublishingWhatIsNeeded: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const unpublishing = operation === 'update' && originalDoc?._status === 'published' && data._status === 'draft' && !savingDraft(req, collection.slug)
  if (!unpublishing) return data
  const users = await publishedUsers(req, collection.slug, originalDoc.id, { breaking: true })
  if (users.length > 0) refuseFor(users, 'Không thể thôi xuất bản')
  return data
}
