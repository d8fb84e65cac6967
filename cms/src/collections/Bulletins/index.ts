import { staffOnly } from '../../access/fieldAccess'
import { renderRichTextHtml } from '../../hooks/renderRichTextHtml'
import { label } from '../../i18n/label'
import { bulletinMailFields } from '../../mail/bulletins/bulletinMailFields'
import { editorialCollection } from '../editorialCollection'
import { numberBulletin } from './hooks/numberBulletin'

/** Bản tin điện tử CCHC: numbered per year, about four issues a month. */
export const Bulletins = editorialCollection({
  slug: 'bulletins',
  labels: { singular: label('Bản tin', 'Bulletin issue'), plural: label('Bản tin điện tử CCHC', 'Bulletins') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'issueDate', 'reviewState', '_status'], group: label('Nội dung', 'Content') },
  defaultSort: '-issueDate',
  indexes: [{ fields: ['year', 'number'], unique: true }],
  hooks: { beforeValidate: [numberBulletin], beforeChange: [renderRichTextHtml('introduction', 'introductionHtml')] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          min: 1,
          // A copy takes the next free number, not the original's.
          hooks: { beforeDuplicate: [() => null] },
          label: label('Số', 'Number'),
          admin: { description: label('Để trống: lấy số tiếp theo trong năm.', 'Empty: the next number of the year.') },
        },
        {
          name: 'year',
          type: 'number',
          index: true,
          label: label('Năm', 'Year'),
          admin: { readOnly: true, description: label('Theo ngày phát hành.', 'From the issue date.') },
        },
        {
          name: 'issueDate',
          type: 'date',
          required: true,
          label: label('Ngày phát hành', 'Issue date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      label: label('Tiêu đề', 'Title'),
      admin: { description: label('Để trống: "Bản tin CCHC số N/YYYY".', 'Empty: "Bản tin CCHC số N/YYYY".') },
    },
    // The site and mail use introductionHtml: the Lexical JSON is for staff.
    { name: 'introduction', type: 'richText', label: label('Lời giới thiệu của Ban biên tập', 'Editorial introduction'), access: { read: staffOnly } },
    { name: 'introductionHtml', type: 'textarea', admin: { hidden: true } },
    {
      name: 'sections',
      type: 'array',
      label: label('Chuyên mục', 'Sections'),
      labels: { singular: label('Chuyên mục', 'Section'), plural: label('Chuyên mục', 'Sections') },
      fields: [
        { name: 'heading', type: 'text', required: true, label: label('Tiêu đề chuyên mục', 'Heading') },
        { name: 'reformArea', type: 'relationship', relationTo: 'reform-areas', label: label('Lĩnh vực (nếu có)', 'Reform area (if any)') },
        { name: 'articles', type: 'relationship', relationTo: 'articles', hasMany: true, label: label('Tin bài, theo thứ tự', 'Articles, in order') },
      ],
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Ảnh bìa', 'Cover image'), admin: { position: 'sidebar' } },
    { name: 'pdf', type: 'upload', relationTo: 'document-files', label: label('Bản PDF', 'PDF edition'), admin: { position: 'sidebar' } },
    ...bulletinMailFields,
  ],
})
