import { label } from '../i18n/label'

export const ROLES = [
  { value: 'admin', label: label('Quản trị hệ thống', 'Administrator') },
  { value: 'editor-in-chief', label: label('Tổng biên tập (duyệt, xuất bản)', 'Editor-in-chief') },
  { value: 'editor', label: label('Biên tập viên', 'Editor') },
  { value: 'contributor', label: label('Cộng tác viên đơn vị', 'Unit contributor') },
] as const

export type Role = (typeof ROLES)[number]['value']

/** The parts of a user that access rules look at. */
export type StaffUser = { id: number | string; role?: Role | null; unit?: number | { id: number } | null }

export function roleOf(user: unknown): Role | undefined {
  return (user as StaffUser | null | undefined)?.role ?? undefined
}

export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

/** Only the editor-in-chief and administrators publish, unpublish, schedule and delete content. */
export const canPublish = (user: unknown): boolean => hasRole(user, 'admin', 'editor-in-chief')

/** The unit a contributor writes for (undefined for every other role). */
export function contributorUnit(user: unknown): number | undefined {
  if (!hasRole(user, 'contributor')) return undefined
  const unit = (user as StaffUser).unit
  return unit === null || unit === undefined ? undefined : typeof unit === 'object' ? unit.id : unit
}
