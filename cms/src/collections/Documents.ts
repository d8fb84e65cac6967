import { DOCUMENT_TYPES, isDocumentNumber } from '@reform/shared'
import { IMPORT_SOURCE_INDEX, importSourceField } from '../fields/importSource'
import { slugField } from '../fields/slug'
import { label } from '../i18n/label'
import { options } from '../i18n/options'
import { editorialCollection } from './editorialCollection'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/** Directing documents (văn bản chỉ đạo, điều hành) with the fields Decree 42/2022/NĐ-CP asks for. */
export const Documents = editorialCollection({
  slug: 'documents',
  unitField: 'unit',
  labels: { singular: label('Văn bản', 'Document'), plural: label('Văn bản chỉ đạo, điều hành', 'Documents') },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'type', 'issuedAt', '_status'], group: label('Nội dung', 'Content') },
  defaultSort: '-issuedAt',
  indexes: [IMPORT_SOURCE_INDEX],
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      index: true,
      label: label('Số, ký hiệu', 'Number and symbol'),
      admin: { description: label('Ví dụ: 145/KH-UBND, 76/NQ-CP, 61/2018/NĐ-CP.', 'E.g. 145/KH-UBND, 76/NQ-CP, 61/2018/NĐ-CP.') },
      validate: (value: string | null | undefined) =>
        value && isDocumentNumber(value)
          ? true
          : `"${value ?? ''}" không phải số, ký hiệu văn bản hợp lệ. Viết theo mẫu 145/KH-UBND, 76/NQ-CP hoặc 61/2018/NĐ-CP (chữ in hoa, không dấu cách).`,
    },
    { name: 'title', type: 'text', required: true, label: label('Trích yếu', 'Title (abstract)') },
    slugField('title'),
    { name: 'type', type: 'select', required: true, options: options(DOCUMENT_TYPES), label: label('Loại văn bản', 'Type') },
    {
      type: 'row',
      fields: [
        { name: 'issuer', type: 'text', required: true, label: label('Cơ quan ban hành', 'Issuing body') },
        { name: 'signer', type: 'text', label: label('Người ký', 'Signer') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuedAt', type: 'date', required: true, label: label('Ngày ban hành', 'Issued on'), admin: dayOnly },
        {
          name: 'effectiveAt',
          type: 'date',
          label: label('Ngày hiệu lực', 'Effective from'),
          admin: dayOnly,
          validate: (value: unknown, { siblingData }: { siblingData: { issuedAt?: string } }) =>
            !value || !siblingData.issuedAt || new Date(String(value)) >= new Date(siblingData.issuedAt) ? true : 'Ngày hiệu lực không được trước ngày ban hành.',
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: label('Tóm tắt nội dung', 'Summary') },
    { name: 'file', type: 'upload', relationTo: 'document-files', label: label('Tệp văn bản (PDF, DOCX)', 'File (PDF, DOCX)') },
    { name: 'relatedDocuments', type: 'relationship', relationTo: 'documents', hasMany: true, label: label('Văn bản liên quan', 'Related documents') },
    { name: 'reformAreas', type: 'relationship', relationTo: 'reform-areas', hasMany: true, label: label('Lĩnh vực cải cách', 'Reform areas'), admin: { position: 'sidebar' } },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: label('Đơn vị', 'Unit'), admin: { position: 'sidebar' } },
    importSourceField(),
  ],
})
