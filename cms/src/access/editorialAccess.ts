import type { Access, CollectionConfig } from 'payload'
import { canPublish, contributorUnit, roleOf } from './roles'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

type UnitRef = number | { id: number } | null | undefined

function unitIds(value: UnitRef | UnitRef[]): number[] {
  return (Array.isArray(value) ? value : [value]).flatMap((unit) =>
    unit === null || unit === undefined ? [] : [typeof unit === 'object' ? unit.id : Number(unit)],
  )
}

/**
 * Access for a collection of editorial content whose unit is in `unitField` (one unit or many).
 * Editors and above write anything; a unit contributor only what carries their own unit (nothing,
 * where the collection has no unit); only publishers delete. Anonymous readers see published
 * documents only; versions are staff-only.
 */
export function editorialAccess(unitField?: string): CollectionConfig['access'] {
  const create: Access = ({ req: { user }, data }) => {
    if (roleOf(user) === undefined) return false
    if (roleOf(user) !== 'contributor') return true
    const unit = contributorUnit(user)
    return unitField !== undefined && unit !== undefined && unitIds(data?.[unitField]).includes(unit)
  }
  const update: Access = ({ req: { user } }) => {
    if (roleOf(user) === undefined) return false
    if (roleOf(user) !== 'contributor') return true
    const unit = contributorUnit(user)
    return unitField === undefined || unit === undefined ? false : { [unitField]: { in: [unit] } }
  }
  return {
    read: publishedOrStaff,
    readVersions: isStaff,
    create,
    update,
    delete: ({ req: { user } }) => canPublish(user),
  }
}

export { unitIds }
