import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { unitIds } from '../access/editorialAccess'
import { contributorUnit } from '../access/roles'

/** A unit contributor cannot move a document out of their own unit (and so out of their reach). */
export function keepContributorUnit(unitField: string): CollectionBeforeChangeHook {
  return ({ data, req }) => {
    const unit = contributorUnit(req.user)
    if (unit !== undefined && !unitIds(data[unitField]).includes(unit)) {
      throw new APIError('Cộng tác viên chỉ được viết cho đơn vị của mình: hãy giữ đơn vị của bạn trong bài.', 403, null, true)
    }
    return data
  }
}
