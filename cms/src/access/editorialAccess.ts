import type { Access, CollectionConfig } from 'payload'
import { canPublish, contributorUnit, roleOf } from './roles'

type UnitRef = number | { id: number } | null | undefined

export function unitIds(value: UnitRef | UnitRef[]): number[] {
  return (Array.isArray(value) ? value : [value]).flatMap((unit) => (unit === null || unit === undefined ? [] : [typeof unit === 'object' ? unit.id : Number(unit)]))
}

const published = { _status: { equals: 'published' } }

/**
 * Access for a collection of editorial content whose unit is in `unitField` (one unit or many).
 * Editors and above read and write anything; a unit contributor reads what is published and
 * writes (and reads in draft) only what carries their own unit (nothing, where the collection has
 * no unit); only publishers delete. Anonymous readers see published documents only.
 */
export function editorialAccess(unitField?: string): CollectionConfig['access'] {
  const ownUnit = (user: unknown) => {
    const unit = contributorUnit(user)
    return unitField === undefined || unit === undefined ? undefined : unit
  }
  const read: Access = ({ req: { user } }) => {
    if (roleOf(user) === undefined) return published
    if (roleOf(user) !== 'contributor') return true
    const unit = ownUnit(user)
    return unit === undefined ? published : { or: [published, { [unitField!]: { in: [unit] } }] }
  }
  const readVersions: Access = ({ req: { user } }) => {
    if (roleOf(user) === undefined) return false
    if (roleOf(user) !== 'contributor') return true
    const unit = ownUnit(user)
    return unit === undefined ? false : { [`version.${unitField}`]: { in: [unit] } }
  }
  // The unit of what a contributor creates is checked by keepContributorUnit: the admin asks this
  // without data to decide whether to show "Create".
  const create: Access = ({ req: { user } }) => {
    if (roleOf(user) === undefined) return false
    return roleOf(user) !== 'contributor' || ownUnit(user) !== undefined
  }
  const update: Access = ({ req: { user } }) => {
    if (roleOf(user) === undefined) return false
    if (roleOf(user) !== 'contributor') return true
    const unit = ownUnit(user)
    return unit === undefined ? false : { [unitField!]: { in: [unit] } }
  }
  return { read, readVersions, create, update, delete: ({ req: { user } }) => canPublish(user) }
}
