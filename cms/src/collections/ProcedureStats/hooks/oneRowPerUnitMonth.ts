import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** One row per unit and month: a second one is refused with the row it clashes with. */
export const oneRowPerUnitMonth: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const unit = typeof merged.unit === 'object' && merged.unit ? merged.unit.id : merged.unit
  if (!unit || !merged.month) return data
  const { docs } = await req.payload.find({
    collection: 'procedure-stats',
    where: { and: [{ unit: { equals: unit } }, { month: { equals: merged.month } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    draft: true,
    limit: 1,
    depth: 0,
    req,
  })
  if (docs[0]) {
    throw new ValidationError(
      {
        errors: [
          {
            path: 'month',
            message: `Đơn vị này đã có số liệu tháng ${merged.month.split('-').reverse().join('/')} (bản ghi số ${docs[0].id}). Hãy sửa bản ghi đó thay vì tạo mới.`,
          },
        ],
      },
      req.t,
    )
  }
  return data
}
