import { INDEX_NAMES } from '@reform/shared'
import { label } from '../i18n/label'
import { options } from '../i18n/options'
import { labelIndexResult } from '../hooks/labelIndexResult'
import { editorialCollection } from './editorialCollection'

/** A unit's score in a reform index for one year (PAR Index, SIPAS, PAPI, DDCI, ICT Index…). */
export const IndexResults = editorialCollection({
  slug: 'index-results',
  unitField: 'unit',
  labels: { singular: label('Kết quả chỉ số', 'Index result'), plural: label('Kết quả chỉ số', 'Index results') },
  admin: { useAsTitle: 'label', defaultColumns: ['index', 'year', 'unit', 'score', 'rank', '_status'], group: label('Số liệu', 'Figures') },
  defaultSort: '-year',
  fields: [
    { name: 'index', type: 'select', required: true, options: options(INDEX_NAMES), label: label('Chỉ số', 'Index') },
    {
      name: 'otherIndexName',
      type: 'text',
      label: label('Tên chỉ số khác', 'Name of the other index'),
      admin: { condition: (data) => data?.index === 'other' },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: { index?: string } }) =>
        siblingData.index !== 'other' || value?.trim() ? true : 'Hãy nhập tên chỉ số.',
    },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: label('Năm', 'Year') },
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, label: label('Đơn vị', 'Unit') },
    {
      type: 'row',
      fields: [
        { name: 'score', type: 'number', required: true, min: 0, label: label('Điểm', 'Score') },
        { name: 'maxScore', type: 'number', min: 0, label: label('Thang điểm', 'Out of') },
        { name: 'rank', type: 'number', min: 1, label: label('Xếp hạng', 'Rank') },
      ],
    },
    {
      name: 'components',
      type: 'array',
      label: label('Chỉ số thành phần', 'Component scores'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('Tên', 'Name') },
            { name: 'score', type: 'number', required: true, min: 0, label: label('Điểm', 'Score') },
            { name: 'maxScore', type: 'number', min: 0, label: label('Thang điểm', 'Out of') },
          ],
        },
      ],
    },
    { name: 'sourceDocument', type: 'relationship', relationTo: 'documents', label: label('Văn bản công bố', 'Source document') },
    { name: 'label', type: 'text', admin: { hidden: true } },
  ],
  hooks: { beforeChange: [labelIndexResult] },
})
