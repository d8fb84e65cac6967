import type { CollectionConfig } from 'payload'
import { authenticated } from '../access/authenticated'
import { normalizeTextToNFC } from '../hooks/normalizeTextToNFC'
import { label } from '../i18n/label'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email'], group: label('Quản trị', 'Administration') },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
  access: { read: authenticated, create: authenticated, update: authenticated, delete: authenticated },
  hooks: { beforeValidate: [normalizeTextToNFC] },
  fields: [{ name: 'name', type: 'text', label: label('Họ và tên', 'Full name') }],
}
