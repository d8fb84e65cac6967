import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { hasRole, roleOf, ROLES } from '../../access/roles'
import { normalizeTextToNFC } from '../../hooks/normalizeTextToNFC'
import { label } from '../../i18n/label'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgetSuccessfulAttempt, guardSignIn } from './hooks/guardSignIn'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { RESET_LINK_VALID_MS, resetPasswordHtml, resetPasswordSubject } from './resetPasswordEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role', 'unit'], group: label('Quản trị', 'Administration') },
  auth: {
    // Payload's own lock-out (per account, from anywhere, with its own message) is off: failed
    // sign-ins are limited per client address first, then per account (./loginLimits.ts).
    maxLoginAttempts: 0,
    forgotPassword: { expiration: RESET_LINK_VALID_MS, generateEmailSubject: resetPasswordSubject, generateEmailHTML: resetPasswordHtml },
  },
  access: {
    admin: ({ req: { user } }) => roleOf(user) !== undefined,
    // Staff see each other (authors, reviewers); nobody outside does.
    read: isStaff,
    create: isAdmin,
    update: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardSignIn],
    beforeValidate: [normalizeTextToNFC, requireCurrentPassword],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgetSuccessfulAttempt],
  },
  fields: [
    {
      // Asked when someone changes their own password; never stored, never read back.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: label('Mật khẩu hiện tại', 'Current password'),
      hooks: { afterRead: [() => undefined] },
      // The component shows it on one's own account page only, once a new password is typed.
      admin: {
        components: { Field: '/collections/Users/CurrentPasswordField#CurrentPasswordField' },
        disableListColumn: true,
        disableListFilter: true,
      },
    },
    { name: 'name', type: 'text', label: label('Họ và tên', 'Full name') },
    {
      name: 'role',
      type: 'select',
      defaultValue: 'editor',
      options: [...ROLES],
      label: label('Vai trò', 'Role'),
      saveToJWT: true,
      // Nobody raises their own rights: only an administrator sets roles.
      access: { create: ({ req: { user } }) => hasRole(user, 'admin'), update: ({ req: { user } }) => hasRole(user, 'admin') },
      admin: { position: 'sidebar' },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: label('Đơn vị (cộng tác viên)', 'Unit (contributors)'),
      saveToJWT: true,
      access: { create: ({ req: { user } }) => hasRole(user, 'admin'), update: ({ req: { user } }) => hasRole(user, 'admin') },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'contributor',
        // The saved unit's name from the first paint (Payload's field shows it only after a second request).
        components: { Field: '/components/savedRelation/SavedRelationField#SavedRelationField' },
      },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'contributor' || value ? true : 'Cộng tác viên phải thuộc một đơn vị.',
    },
  ],
}
