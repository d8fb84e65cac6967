import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { vietnamYear } from '@reform/shared'

/**
 * Bulletins are numbered per year (the year of the issue date in Vietnam): a new issue takes the
 * next free number unless the editor typed one; a number already used that year is refused.
 * The title defaults to "Bản tin CCHC số N/YYYY".
 */
export const numberBulletin: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.issueDate) return data
  const year = vietnamYear(merged.issueDate)
  const others = await req.payload.find({
    collection: 'bulletins',
    where: { and: [{ year: { equals: year } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    select: { number: true },
    pagination: false,
    draft: true,
    depth: 0,
    req,
  })
  const taken = new Set(others.docs.flatMap((doc) => (typeof doc.number === 'number' ? [doc.number] : [])))
  const number = merged.number ?? Math.max(0, ...taken) + 1
  if (taken.has(number)) {
    throw new ValidationError(
      { errors: [{ path: 'number', message: `Số ${number}/${year} đã được dùng cho một bản tin khác. Hãy chọn số khác hoặc để trống để tự đánh số.` }] },
      req.t,
    )
  }
  return { ...data, year, number, title: merged.title?.trim() ? merged.title : `Bản tin CCHC số ${number}/${year}` }
}
