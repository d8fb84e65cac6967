import { label } from '../../i18n/label'
import { editorialCollection } from '../editorialCollection'
import { oneRowPerUnitMonth } from './hooks/oneRowPerUnitMonth'

const count = (name: string, vi: string, en: string) => ({ name, type: 'number' as const, required: true, min: 0, label: label(vi, en) })

/** Monthly handling of administrative procedures by a unit. */
export const ProcedureStats = editorialCollection({
  slug: 'procedure-stats',
  unitField: 'unit',
  labels: { singular: label('Số liệu TTHC tháng', 'Monthly procedure figures'), plural: label('Số liệu giải quyết TTHC', 'Procedure statistics') },
  admin: { useAsTitle: 'month', defaultColumns: ['month', 'unit', 'received', 'onTime', 'late', 'onlineShare', '_status'], group: label('Số liệu', 'Figures') },
  defaultSort: '-month',
  indexes: [{ fields: ['unit', 'month'], unique: true }],
  hooks: { beforeValidate: [oneRowPerUnitMonth] },
  fields: [
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, label: label('Đơn vị', 'Unit') },
    {
      name: 'month',
      type: 'text',
      required: true,
      index: true,
      label: label('Tháng (YYYY-MM)', 'Month (YYYY-MM)'),
      validate: (value: string | null | undefined) => (value && /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(value) ? true : 'Tháng viết theo dạng năm-tháng, ví dụ 2026-10.'),
    },
    {
      type: 'row',
      fields: [
        count('received', 'Hồ sơ tiếp nhận', 'Received'),
        count('onTime', 'Giải quyết đúng hạn', 'Resolved on time'),
        count('late', 'Giải quyết quá hạn', 'Resolved late'),
        count('pending', 'Đang giải quyết', 'Pending'),
      ],
    },
    {
      name: 'onlineShare',
      type: 'number',
      min: 0,
      max: 100,
      label: label('Tỷ lệ nộp trực tuyến (%)', 'Submitted online (%)'),
    },
  ],
})
