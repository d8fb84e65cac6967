import type { CollectionConfig } from 'payload'
import { isPublisher } from '../../access/isPublisher'
import { normalizeTextToNFC } from '../../hooks/normalizeTextToNFC'
import { label } from '../../i18n/label'
import { forgetDeliveryAddresses } from '../sending/forgetDeliveryAddresses'
import { importEndpoint } from './import/importEndpoint'
import { importTemplateEndpoint } from './import/importTemplateEndpoint'

/** Lists the editor-in-chief sends the bulletin to: "Lãnh đạo tỉnh", "UBND xã, phường" … */
export const MailingLists: CollectionConfig = {
  slug: 'mailing-lists',
  labels: { singular: label('Danh sách nhận thư', 'Mailing list'), plural: label('Danh sách nhận thư', 'Mailing lists') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'description', 'updatedAt'],
    group: label('Thư điện tử', 'E-mail'),
    description: label(
      'Danh sách lãnh đạo, cơ quan nhận bản tin. Chỉ Tổng biên tập và Quản trị xem và sửa được. Nhập thành viên từ tệp CSV hoặc Excel trong trang của từng danh sách.',
      'Lists of leaders and bodies who receive the bulletin. Only the editor-in-chief and administrators see them. Import members from a CSV or Excel sheet on each list.',
    ),
  },
  defaultSort: 'name',
  access: { read: isPublisher, create: isPublisher, update: isPublisher, delete: isPublisher },
  hooks: { beforeValidate: [normalizeTextToNFC], beforeDelete: [forgetDeliveryAddresses('list')] },
  endpoints: [importTemplateEndpoint, importEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: label('Tên danh sách', 'Name') },
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
    { name: 'importMembers', type: 'ui', admin: { components: { Field: '/mail/lists/ImportMembers#ImportMembers' } } },
    {
      name: 'members',
      type: 'join',
      collection: 'list-members',
      on: 'list',
      defaultLimit: 50,
      label: label('Thành viên', 'Members'),
      admin: { defaultColumns: ['name', 'position', 'organisation', 'email', 'status'] },
    },
  ],
}
