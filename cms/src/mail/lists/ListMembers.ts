import type { CollectionConfig } from 'payload'
import { isPublisher } from '../../access/isPublisher'
import { normalizeTextToNFC } from '../../hooks/normalizeTextToNFC'
import { label } from '../../i18n/label'
import { assignLinkKey } from '../assignLinkKey'
import { lowerCaseEmail } from '../lowerCaseEmail'
import { recipientLogTitle } from '../recipientLogTitle'
import { forgetDeliveryAddresses } from '../sending/forgetDeliveryAddresses'
import { RECIPIENT_STATUSES } from '../recipientStatuses'

/** One person on a mailing list. Personal data: the editor-in-chief and administrators only. */
export const ListMembers: CollectionConfig = {
  slug: 'list-members',
  labels: { singular: label('Thành viên danh sách', 'List member'), plural: label('Thành viên danh sách', 'List members') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'organisation', 'email', 'list', 'status'],
    group: label('Thư điện tử', 'E-mail'),
  },
  defaultSort: 'name',
  access: { read: isPublisher, create: isPublisher, update: isPublisher, delete: isPublisher },
  custom: { logTitle: recipientLogTitle },
  // One address once per list; the same person may be on several lists (they get one copy).
  indexes: [{ fields: ['list', 'email'], unique: true }],
  hooks: { beforeValidate: [normalizeTextToNFC, lowerCaseEmail], beforeChange: [assignLinkKey], beforeDelete: [forgetDeliveryAddresses('member')] },
  fields: [
    { name: 'list', type: 'relationship', relationTo: 'mailing-lists', required: true, index: true, label: label('Danh sách', 'List') },
    { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name') },
    { name: 'position', type: 'text', label: label('Chức vụ', 'Position') },
    { name: 'organisation', type: 'text', label: label('Cơ quan, đơn vị', 'Organisation') },
    { name: 'email', type: 'email', required: true, label: label('Thư điện tử', 'E-mail') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [...RECIPIENT_STATUSES.member],
      label: label('Tình trạng', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'hardBounces', type: 'number', defaultValue: 0, min: 0, label: label('Số lần thư bị trả lại', 'Hard bounces'), admin: { position: 'sidebar', readOnly: true } },
    {
      // The key of this member's personal unsubscribe link (mail/subscribers/recipientLinks).
      name: 'linkKey',
      type: 'text',
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
