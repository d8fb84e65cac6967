import type { CollectionConfig } from 'payload'
import { isPublisher } from '../../access/isPublisher'
import { label } from '../../i18n/label'
import { DELIVERY_STATUSES } from './sendingStatuses'

const readOnly = { readOnly: true }

/**
 * One recipient of one mailing, and where the message stands. Written by the sender only, in bulk
 * (mail/sending/deliveryStore): not audited, like site builds.
 */
export const MailDeliveries: CollectionConfig = {
  slug: 'mail-deliveries',
  labels: { singular: label('Thư gửi đi', 'Delivery'), plural: label('Thư gửi đi', 'Deliveries') },
  admin: {
    useAsTitle: 'address',
    defaultColumns: ['address', 'status', 'attempts', 'lastError', 'sentAt', 'sending'],
    group: label('Thư điện tử', 'E-mail'),
  },
  defaultSort: 'id',
  access: { read: isPublisher, create: () => false, update: () => false, delete: () => false },
  custom: { audited: false },
  // One message per address per mailing, whatever lists the address is on.
  indexes: [{ fields: ['sending', 'address'], unique: true }],
  fields: [
    { name: 'sending', type: 'relationship', relationTo: 'mail-sendings', required: true, index: true, label: label('Lượt gửi', 'Mailing'), admin: readOnly },
    { name: 'address', type: 'text', label: label('Thư điện tử', 'E-mail'), admin: readOnly },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', index: true, label: label('Người đăng ký', 'Subscriber'), admin: readOnly },
    { name: 'member', type: 'relationship', relationTo: 'list-members', index: true, label: label('Thành viên danh sách', 'List member'), admin: readOnly },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, options: [...DELIVERY_STATUSES], label: label('Tình trạng', 'Status'), admin: readOnly },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('Số lần thử', 'Attempts'), admin: readOnly },
    { name: 'nextAttemptAt', type: 'date', label: label('Thử lại lúc', 'Next attempt'), admin: readOnly },
    { name: 'lastError', type: 'text', label: label('Trả lời của máy chủ thư', 'Mail server answer'), admin: readOnly },
    { name: 'sentAt', type: 'date', label: label('Gửi lúc', 'Sent'), admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    {
      // What this recipient's message holds when it is their own: the topics an alert matched, a digest's items.
      name: 'content',
      type: 'json',
      admin: { hidden: true },
    },
    { name: 'unsubscribed', type: 'checkbox', defaultValue: false, label: label('Đã hủy nhận qua thư này', 'Unsubscribed from this message'), admin: readOnly },
  ],
}
