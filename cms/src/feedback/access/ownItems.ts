import type { Where } from 'payload'
import { contributorUnit, roleOf } from '../../access/roles'

/** The items of one unit: assigned to it, or about it. */
const ofUnit = (unit: number): Where => ({ or: [{ assignedUnit: { equals: unit } }, { unit: { equals: unit } }] })

/** The items a member of staff may handle: all of them, a unit contributor only their unit's. */
export const ownItems = (user: unknown): Where | boolean => {
  if (roleOf(user) !== 'contributor') return true
  const unit = contributorUnit(user)
  return unit === undefined ? false : ofUnit(unit)
}
