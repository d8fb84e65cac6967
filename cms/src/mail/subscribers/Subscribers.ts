import type { CollectionConfig } from 'payload'
import { SUBSCRIPTION_FREQUENCIES } from '@reform/shared'
import { isPublisher } from '../../access/isPublisher'
import { label } from '../../i18n/label'
import { options } from '../../i18n/options'
import { assignLinkKey } from '../assignLinkKey'
import { lowerCaseEmail } from '../lowerCaseEmail'
import { recipientLogTitle } from '../recipientLogTitle'
import { RECIPIENT_STATUSES } from '../recipientStatuses'
import { confirmedOnlyByLink } from './confirmedOnlyByLink'
import { subscriberEndpoints } from './endpoints'
import { forgetDeliveryAddresses } from '../sending/forgetDeliveryAddresses'

const readOnly = { position: 'sidebar' as const, readOnly: true }

/**
 * People who asked on the site (/dang-ky-nhan-tin/) for bulletins, news of reform areas or units,
 * or documents. They arrive only through the public endpoint, confirmed by a link in a mail
 * (double opt-in). Personal data: the editor-in-chief and administrators only.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: label('Người đăng ký nhận tin', 'Subscriber'), plural: label('Người đăng ký nhận tin', 'Subscribers') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'frequency', 'bulletins', 'documents', 'confirmedAt'],
    group: label('Thư điện tử', 'E-mail'),
    description: label(
      'Người dân, cán bộ tự đăng ký trên trang công khai. Chỉ người đã bấm liên kết xác nhận mới được gửi thư; yêu cầu chưa xác nhận tự xóa sau 7 ngày.',
      'People who subscribed on the public site. Only those who confirmed are mailed; unconfirmed requests are deleted after 7 days.',
    ),
  },
  defaultSort: '-createdAt',
  // Created only by the public endpoint (double opt-in); the admin reads, corrects, exports or erases.
  access: { read: isPublisher, create: () => false, update: isPublisher, delete: isPublisher },
  custom: { logTitle: recipientLogTitle },
  endpoints: subscriberEndpoints,
  hooks: { beforeValidate: [lowerCaseEmail], beforeChange: [assignLinkKey, confirmedOnlyByLink], beforeDelete: [forgetDeliveryAddresses('subscriber')] },
  fields: [
    { name: 'export', type: 'ui', admin: { position: 'sidebar', components: { Field: '/mail/subscribers/ExportSubscriberLink#ExportSubscriberLink' } } },
    {
      // The address is the one the person confirmed: staff cannot point a subscription at another mailbox.
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: label('Thư điện tử', 'E-mail'),
      access: { update: () => false },
      admin: {
        description: label(
          'Không sửa được địa chỉ. Muốn đổi địa chỉ: xóa người đăng ký này và đề nghị người đó đăng ký lại bằng địa chỉ mới (rồi tự xác nhận).',
          'The address cannot be changed. To change it, delete this subscriber and ask the person to subscribe again with the new address (and confirm it).',
        ),
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...RECIPIENT_STATUSES.subscriber],
      label: label('Tình trạng', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'bulletins', type: 'checkbox', defaultValue: false, label: label('Bản tin điện tử CCHC', 'Bulletins') },
        { name: 'documents', type: 'checkbox', defaultValue: false, label: label('Văn bản chỉ đạo, điều hành', 'Documents') },
      ],
    },
    { name: 'reformAreas', type: 'relationship', relationTo: 'reform-areas', hasMany: true, label: label('Tin theo lĩnh vực', 'News of reform areas') },
    {
      name: 'units',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: label('Tin theo đơn vị (cùng các đơn vị trực thuộc)', 'News of units (and the units under them)'),
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'immediate',
      options: options(SUBSCRIPTION_FREQUENCIES),
      label: label('Tần suất', 'Frequency'),
    },
    { name: 'requestedAt', type: 'date', label: label('Ngày đăng ký', 'Requested'), admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'confirmationSentAt',
      type: 'date',
      label: label('Gửi thư xác nhận lúc', 'Confirmation sent'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Set only with the person's own confirmation (confirmedOnlyByLink).
      name: 'confirmedAt',
      type: 'date',
      index: true,
      label: label('Xác nhận lúc', 'Confirmed'),
      access: { update: () => false },
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'hardBounces', type: 'number', defaultValue: 0, min: 0, label: label('Số lần thư bị trả lại', 'Hard bounces'), admin: readOnly },
    {
      // The key of this subscriber's personal links (recipientLinks): never shown, never sent by the API.
      name: 'linkKey',
      type: 'text',
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
