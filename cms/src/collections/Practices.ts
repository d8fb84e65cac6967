import { PRACTICE_KINDS, vietnamYear } from '@reform/shared'
import { slugField } from '../fields/slug'
import { label } from '../i18n/label'
import { options } from '../i18n/options'
import { editorialCollection } from './editorialCollection'

const thisYear = () => vietnamYear(new Date())

/** Mô hình mới, cách làm hay, sáng kiến, gương điển hình. */
export const Practices = editorialCollection({
  slug: 'practices',
  unitField: 'unit',
  labels: { singular: label('Mô hình, cách làm hay', 'Good practice'), plural: label('Mô hình, cách làm hay', 'Good practices') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'unit', 'yearStarted', '_status'], group: label('Nội dung', 'Content') },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tên mô hình', 'Title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', required: true, label: label('Tóm tắt', 'Summary') },
    { name: 'problem', type: 'textarea', label: label('Vấn đề đặt ra', 'Problem') },
    { name: 'solution', type: 'textarea', label: label('Cách làm', 'Solution') },
    {
      name: 'results',
      type: 'array',
      label: label('Kết quả đo được', 'Measurable results'),
      labels: { singular: label('Kết quả', 'Result'), plural: label('Kết quả', 'Results') },
      admin: { description: label('Ví dụ: "Thời gian giải quyết giảm 50%".', 'E.g. "Handling time down 50%".') },
      fields: [{ name: 'outcome', type: 'text', required: true, label: label('Kết quả', 'Outcome') }],
    },
    { name: 'replicability', type: 'textarea', label: label('Khả năng nhân rộng', 'Replicability') },
    {
      name: 'contact',
      type: 'group',
      label: label('Đầu mối liên hệ', 'Contact point'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('Họ tên, chức vụ', 'Name and position') },
            { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
            { name: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
          ],
        },
      ],
    },
    {
      name: 'awards',
      type: 'array',
      label: label('Khen thưởng, giải thưởng', 'Awards'),
      fields: [{ name: 'award', type: 'text', required: true, label: label('Khen thưởng', 'Award') }],
    },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: label('Hình ảnh', 'Images') },
    { name: 'relatedArticles', type: 'relationship', relationTo: 'articles', hasMany: true, label: label('Tin bài liên quan', 'Related articles') },
    { name: 'relatedDocuments', type: 'relationship', relationTo: 'documents', hasMany: true, label: label('Văn bản liên quan', 'Related documents') },
    { name: 'kind', type: 'select', required: true, options: options(PRACTICE_KINDS), label: label('Loại', 'Kind'), admin: { position: 'sidebar' } },
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, label: label('Đơn vị', 'Unit'), admin: { position: 'sidebar' } },
    { name: 'reformAreas', type: 'relationship', relationTo: 'reform-areas', hasMany: true, label: label('Lĩnh vực cải cách', 'Reform areas'), admin: { position: 'sidebar' } },
    {
      name: 'yearStarted',
      type: 'number',
      label: label('Năm bắt đầu', 'Year started'),
      admin: { position: 'sidebar' },
      validate: (value: number | null | undefined) =>
        value === null || value === undefined || (Number.isInteger(value) && value >= 1986 && value <= thisYear()) ? true : `Năm bắt đầu phải từ 1986 đến ${thisYear()}.`,
    },
  ],
})
