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
  // restoreVersion reads its `draft` flag before this hook runs, so it cannot be forced: refuse.
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) {
    throw new APIError('Bạn chỉ được khôi phục phiên bản dưới dạng bản nháp; Tổng biên tập sẽ duyệt để xuất bản.', 403, null, true)
  }
  if (operation !== 'create' && operation !== 'update') return args
  if ((args as { data?: { _status?: string } }).data?._status === 'published') {
    throw new APIError('Bạn không có quyền xuất bản. Hãy lưu bản nháp và gửi duyệt cho Tổng biên tập.', 403, null, true)
  }
  return { ...args, draft: true }
}
