import type { CollectionConfig } from 'payload'
import { editorialAccess } from '../../access/editorialAccess'
import { reviewFields } from '../../fields/review'
import { slugField } from '../../fields/slug'
import { draftsOnlyForNonPublishers } from '../../hooks/draftsOnlyForNonPublishers'
import { keepContributorUnit } from '../../hooks/keepContributorUnit'
import { normalizeTextToNFC } from '../../hooks/normalizeTextToNFC'
import { trackReview } from '../../hooks/trackReview'
import { label } from '../../i18n/label'
import { renderBodyHtml } from './hooks/renderBodyHtml'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('Tin bài', 'Article'), plural: label('Tin bài', 'Articles') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reformAreas', 'publishedAt', '_status'],
    group: label('Nội dung', 'Content'),
  },
  defaultSort: '-publishedAt',
  access: editorialAccess('units'),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [draftsOnlyForNonPublishers],
    beforeValidate: [normalizeTextToNFC],
    beforeChange: [keepContributorUnit('units'), trackReview, setPublishedAt, renderBodyHtml],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 250, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 600,
      label: label('Tóm tắt (sapo)', 'Summary'),
    },
    { name: 'body', type: 'richText', required: true, label: label('Nội dung', 'Body') },
    {
      name: 'bodyHtml',
      type: 'textarea',
      label: label('Nội dung HTML (tự tạo)', 'Body HTML (generated)'),
      admin: { hidden: true },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Hero image') },
    {
      name: 'reformAreas',
      type: 'relationship',
      relationTo: 'reform-areas',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('Lĩnh vực cải cách', 'Reform areas'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'units',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: label('Đơn vị', 'Units'),
      admin: { position: 'sidebar' },
    },
    { name: 'authorName', type: 'text', label: label('Tác giả (bút danh)', 'Byline') },
    {
      type: 'row',
      fields: [
        { name: 'sourceName', type: 'text', label: label('Nguồn tin', 'Source name') },
        {
          name: 'sourceUrl',
          type: 'text',
          label: label('Đường dẫn nguồn', 'Source URL'),
          validate: (value: string | null | undefined) =>
            !value || URL.canParse(value) && /^https?:/.test(value)
              ? true
              : 'Đường dẫn nguồn phải là địa chỉ http:// hoặc https:// đầy đủ.',
        },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      // Editors enter and read the time in Vietnam whatever their computer's time zone.
      timezone: true,
      label: label('Thời gian đăng', 'Published at'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: label('Để trống: lấy thời điểm xuất bản.', 'Empty: set when published.'),
      },
    },
    ...reviewFields(),
  ],
}
