import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When an item is first answered (or declined), that moment is its answer date, shown with the
 * answer; nobody sets it by hand.
 */
export const recordAnswerTime: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  const settled = status === 'answered' || status === 'declined'
  return { ...data, answeredAt: originalDoc?.answeredAt ?? (settled ? new Date().toISOString() : null) }
}
