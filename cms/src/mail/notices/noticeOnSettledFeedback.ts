import type { CollectionAfterChangeHook } from 'payload'
import { queueMailJob } from '../queueMailJob'

const SETTLED = new Set(['answered', 'declined'])

/**
 * A citizen who left an address hears once when their feedback is answered or declined, with the
 * tracking code and the link to the lookup (queued with the change: both or neither).
 */
export const noticeOnSettledFeedback: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !SETTLED.has(doc.status) || SETTLED.has(previousDoc?.status) || !doc.email) return doc
  await queueMailJob(req, { task: 'mailNotice', input: { notice: 'feedback-settled', feedback: doc.id } })
  return doc
}
