import type { CollectionBeforeDeleteHook } from 'payload'
import { publishedUsers, refuseFor } from './publishedUse'

/**
 * beforeDelete for reform areas, units and editorial content: refused, naming them, when some
 * published content would no longer be valid for the site without this document (an article whose
 * only area it is, an index result's unit…). A reference that is optional is dropped on purpose,
 * as the site drops references to unpublished documents.
 */
export const refuseDeletingWhatIsNeeded: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const users = await publishedUsers(req, collection.slug, id, { breaking: true })
  if (users.length > 0) refuseFor(users, 'Không thể xóa')
}
