import type { CollectionBeforeChangeHook } from 'payload'
import { canPublish } from '../access/roles'
import type { ReviewState } from '../fields/review'

const AUTHOR_STATES: ReviewState[] = ['writing', 'submitted']

/**
 * Keeps the review workflow honest: the creator and the last saver are recorded; writers may only mark their work as
 * being written or submitted (returning is the editor-in-chief's); publishing marks it published.
 */
export const trackReview: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const next = { ...data }
  if (operation === 'create' && req.user) next.createdBy = req.user.id
  // Who saved this version (nobody: a system write, such as the seed or an import).
  next.updatedBy = req.user?.id ?? null
  if (req.user && !canPublish(req.user) && !AUTHOR_STATES.includes(next.reviewState)) {
    next.reviewState = AUTHOR_STATES.includes(originalDoc?.reviewState) ? originalDoc.reviewState : 'writing'
  }
  if (next._status === 'published') {
    next.reviewState = 'published'
    next.reviewComment = null
  }
  return next
}
