import type { PayloadRequest } from 'payload'
import type { FeedbackFieldError, SubscriptionChoices } from '@reform/shared'

/** What a subscription request from another site is told. */
export const SUBSCRIPTION_FROM_ELSEWHERE = { foreignOrigin: 'Chỉ đăng ký được từ trang thông tin của cơ quan.' }

/** The areas and units chosen must exist, and a unit must not have been merged away. */
export async function unknownChoices(req: PayloadRequest, choices: SubscriptionChoices): Promise<FeedbackFieldError[]> {
  const errors: FeedbackFieldError[] = []
  const [areas, units] = await Promise.all([
    choices.reformAreas.length ? req.payload.find({ collection: 'reform-areas', where: { id: { in: choices.reformAreas } }, pagination: false, depth: 0, req }) : { docs: [] },
    choices.units.length ? req.payload.find({ collection: 'units', where: { id: { in: choices.units } }, pagination: false, depth: 1, req }) : { docs: [] },
  ])
  if (areas.docs.length !== choices.reformAreas.length) errors.push({ field: 'reformAreas', message: 'Có lĩnh vực cải cách không còn trong danh sách: hãy chọn lại.' })
  if (units.docs.length !== choices.units.length) errors.push({ field: 'units', message: 'Có đơn vị không còn trong danh sách: hãy chọn lại.' })
  for (const unit of units.docs) {
    if (!unit.dissolvedAt) continue
    const into = typeof unit.mergedInto === 'object' && unit.mergedInto ? ` Hãy chọn ${unit.mergedInto.name}.` : ''
    errors.push({ field: 'units', message: `${unit.name} đã sáp nhập.${into}` })
  }
  return errors
}
