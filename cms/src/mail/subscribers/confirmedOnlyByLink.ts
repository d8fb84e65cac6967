import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/**
 * Double opt-in holds for staff too, the editor-in-chief included: only the person's own link
 * confirms (it sets the time with the status). Staff may only give back "confirmed" to someone who
 * once confirmed (suspended after bounces, say); the time is theirs alone to set (its field access).
 */
export const confirmedOnlyByLink: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status !== 'confirmed' || originalDoc?.status === 'confirmed') return data
  const confirmedAt = 'confirmedAt' in data ? data.confirmedAt : originalDoc?.confirmedAt
  if (!confirmedAt) {
    throw new ValidationError(
      {
        collection: 'subscribers',
        errors: [{ path: 'status', message: 'Người này chưa từng bấm liên kết xác nhận trong thư: chỉ chính họ xác nhận được đăng ký (xác nhận hai bước).' }],
      },
      req.t,
    )
  }
  return data
}
