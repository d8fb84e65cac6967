import type { CollectionConfig } from 'payload'
import { isPublisher } from '../access/isPublisher'
import { label } from '../i18n/label'
import { AUDIT_ACTIONS } from './auditActions'

/** Who did what to which document, and when. Written only by the CMS itself; nobody edits it. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: label('Nhật ký thao tác', 'Audit entry'), plural: label('Nhật ký thao tác', 'Audit log') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'userEmail', 'action', 'collectionSlug', 'documentTitle'],
    group: label('Quản trị', 'Administration'),
    description: label('Chỉ đọc: mọi thao tác được CMS tự ghi lại.', 'Read-only: the CMS records every action.'),
  },
  defaultSort: '-createdAt',
  access: { read: isPublisher, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: [...AUDIT_ACTIONS], label: label('Thao tác', 'Action') },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: label('Loại nội dung', 'Collection'),
      // Stored as the slug (stable, filterable); shown as the collection's name ("Người dùng", not "users").
      admin: { components: { Cell: '/auditLog/CollectionName#CollectionNameCell', Field: '/auditLog/CollectionName#CollectionNameField' } },
    },
    { name: 'documentId', type: 'text', index: true, label: label('Mã tài liệu', 'Document id') },
    { name: 'documentTitle', type: 'text', label: label('Tài liệu', 'Document') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('Người thực hiện', 'User') },
    { name: 'userEmail', type: 'text', label: label('Email người thực hiện', 'User email') },
    { name: 'changedFields', type: 'text', label: label('Trường thay đổi', 'Changed fields') },
    { name: 'summary', type: 'text', label: label('Tóm tắt', 'Summary'), admin: { hidden: true } },
  ],
}
