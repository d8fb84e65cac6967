import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { vietnamYear } from '@reform/shared'

const defaultTitle = (number: number, year: number) => `Bản tin CCHC số ${number}/${year}`
const DEFAULT_TITLE = /^Bản tin CCHC số \d+\/\d{4}$/

/**
 * Bulletins are numbered per year (the year of the issue date in Vietnam): a new issue takes the
 * next free number unless the editor typed one; a number already used that year is refused. When
 * an issue moves to another year its old number is not kept unless the editor changes it too.
 * A title in the default form follows the number and year.
 */
export const numberBulletin: CollectionBeforeValidateHook = async ({ data = {}, originalDoc, req }) => {
  const issueDate = data.issueDate ?? originalDoc?.issueDate
  if (!issueDate) return data
  const year = vietnamYear(issueDate)
  const movedYear = originalDoc?.year !== undefined && originalDoc.year !== year
  const typed = data.number !== undefined && data.number !== null && (!movedYear || data.number !== originalDoc?.number)
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
  const kept = movedYear ? undefined : originalDoc?.number
  const number: number = typed ? data.number : (kept ?? Math.max(0, ...taken) + 1)
  if (taken.has(number)) {
    throw new ValidationError(
      { errors: [{ path: 'number', message: `Số ${number}/${year} đã được dùng cho một bản tin khác. Hãy chọn số khác hoặc để trống để tự đánh số.` }] },
      req.t,
    )
  }
  const title = data.title ?? originalDoc?.title
  const titleIsDefault = !title?.trim() || DEFAULT_TITLE.test(title)
  return { ...data, year, number, title: titleIsDefault ? defaultTitle(number, year) : title }
}
