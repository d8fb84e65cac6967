import type { CollectionConfig } from 'payload'
import { isPublisher } from '../../access/isPublisher'
import { label } from '../../i18n/label'
import { sendingReportField } from '../bulletins/bulletinMailFields'
import { bulletinAudienceEndpoint, sendBulletinEndpoint } from '../bulletins/bulletinSendingEndpoints'
import { SENDING_KINDS, SENDING_STATUSES } from './sendingStatuses'

const report = { readOnly: true }

/**
 * One mailing: a bulletin issue sent to lists and subscribers, an alert of a new item, a digest.
 * Its recipients and their state are in mail-deliveries; the counts here are the delivery report.
 */
export const MailSendings: CollectionConfig = {
  slug: 'mail-sendings',
  labels: { singular: label('Lượt gửi thư', 'Mailing'), plural: label('Lượt gửi thư', 'Mailings') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'recipients', 'sent', 'failed', 'bounced', 'unsubscribed', 'createdAt'],
    group: label('Thư điện tử', 'E-mail'),
    description: label(
      'Mỗi lần gửi bản tin, thông báo tin mới hay bản tổng hợp: số người nhận, đã gửi, lỗi, bị trả lại và đã hủy nhận sau đó.',
      'Every bulletin, alert or digest mailing: recipients, sent, failed, bounced and unsubscribed since.',
    ),
  },
  defaultSort: '-createdAt',
  // Created by the CMS itself (the "Gửi bản tin" endpoint, publish alerts, digests); never edited.
  access: { read: isPublisher, create: () => false, update: () => false, delete: () => false },
  endpoints: [bulletinAudienceEndpoint, sendBulletinEndpoint],
  fields: [
    sendingReportField,
    { name: 'title', type: 'text', required: true, label: label('Lượt gửi', 'Mailing'), admin: report },
    { name: 'kind', type: 'select', required: true, index: true, options: [...SENDING_KINDS], label: label('Loại', 'Kind'), admin: report },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [...SENDING_STATUSES],
      label: label('Trạng thái', 'Status'),
      admin: { ...report, position: 'sidebar' },
    },
    {
      // Alerts and digests go once: `alert:articles:12`, `digest:daily:2026-12-03`.
      name: 'key',
      type: 'text',
      unique: true,
      admin: { hidden: true },
    },
    { name: 'bulletin', type: 'relationship', relationTo: 'bulletins', index: true, label: label('Bản tin', 'Bulletin issue'), admin: report },
    { name: 'lists', type: 'relationship', relationTo: 'mailing-lists', hasMany: true, label: label('Danh sách', 'Lists'), admin: report },
    { name: 'toSubscribers', type: 'checkbox', defaultValue: false, label: label('Người đăng ký nhận bản tin', 'Bulletin subscribers'), admin: report },
    { name: 'resend', type: 'checkbox', defaultValue: false, label: label('Gửi lại cho người chưa nhận được', 'Re-send to those who did not get it'), admin: report },
    { name: 'sentBy', type: 'relationship', relationTo: 'users', label: label('Người gửi', 'Sent by'), admin: { ...report, position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'recipients', type: 'number', defaultValue: 0, label: label('Người nhận', 'Recipients'), admin: report },
        { name: 'sent', type: 'number', defaultValue: 0, label: label('Đã gửi', 'Sent'), admin: report },
        { name: 'failed', type: 'number', defaultValue: 0, label: label('Lỗi', 'Failed'), admin: report },
        { name: 'bounced', type: 'number', defaultValue: 0, label: label('Bị trả lại', 'Bounced'), admin: report },
        { name: 'uncertain', type: 'number', defaultValue: 0, label: label('Không rõ', 'Uncertain'), admin: report },
        { name: 'unsubscribed', type: 'number', defaultValue: 0, label: label('Hủy nhận sau đó', 'Unsubscribed since'), admin: report },
      ],
    },
    { name: 'lastError', type: 'text', label: label('Lỗi gần nhất của máy chủ thư', 'Last mail server error'), admin: report },
    { name: 'startedAt', type: 'date', label: label('Bắt đầu', 'Started'), admin: { ...report, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: label('Kết thúc', 'Finished'), admin: { ...report, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      // The message as rendered once for everyone (personalised per recipient when sent): a resumed
      // sending sends what the first recipients got.
      name: 'message',
      type: 'json',
      access: { read: () => false },
      admin: { hidden: true },
    },
  ],
}
