import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { canPublish } from '../access/roles'

/**
 * Editors and unit contributors only ever save drafts: every write they make goes into a new draft
 * version, so they can neither publish nor, by saving over a published document, unpublish it.
 * Publishing is the editor-in-chief's (who reviews what was submitted). System writes (seed,
 * scheduled publishing) have no user and are not limited.
 */
export const draftsOnlyForNonPublishers: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || canPublish(req.user)) return args
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  if ((args as { data?: { _status?: string } }).data?._status === 'published') {
    throw new APIError('Bạn không có quyền xuất bản. Hãy lưu bản nháp và gửi duyệt cho Tổng biên tập.', 403, null, true)
  }
  return { ...args, draft: true }
}
