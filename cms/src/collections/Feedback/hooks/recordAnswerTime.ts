import type { CollectionBeforeChangeHook } from 'payload'

/** When an item is first answered (or declined), that moment is its answer date, shown with the answer. */
export const recordAnswerTime: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if ((status === 'answered' || status === 'declined') && !(data.answeredAt ?? originalDoc?.answeredAt)) return { ...data, answeredAt: new Date().toISOString() }
  return data
}
