import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import { UNIT_TYPES } from '@reform/shared'
import { anyone } from '../access/anyone'
import { isPublisher } from '../access/isPublisher'
import { slugField } from '../fields/slug'
import { normalizeTextToNFC } from '../hooks/normalizeTextToNFC'
import { label } from '../i18n/label'
import { options } from '../i18n/options'

/** A relationship value as Payload passes it: an id, a populated document, or nothing. */
function parentId(parent: unknown): number | undefined {
  const id = parent && typeof parent === 'object' && 'id' in parent ? parent.id : parent
  return id === null || id === undefined || id === '' ? undefined : Number(id)
}

/** A unit cannot sit under itself or under one of its own descendants. */
const validateParent: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  let cursor = parentId(value)
  const seen = new Set<number>()
  while (cursor !== undefined) {
    if (cursor === Number(id) || seen.has(cursor)) return 'Đơn vị cấp trên không thể là chính đơn vị này hoặc một đơn vị cấp dưới của nó.'
    seen.add(cursor)
    const parent = await req.payload.findByID({ collection: 'units', id: cursor, depth: 0, select: { parent: true }, req }).catch(() => null)
    cursor = parentId(parent?.parent)
  }
  return true
}

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: label('Đơn vị', 'Unit'), plural: label('Đơn vị', 'Units') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'parent', 'code'], group: label('Danh mục', 'Taxonomies') },
  access: { read: anyone, create: isPublisher, update: isPublisher, delete: isPublisher },
  versions: { maxPerDoc: 20 },
  hooks: { beforeValidate: [normalizeTextToNFC] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên đơn vị', 'Name') },
    slugField('name'),
    {
      name: 'type',
      type: 'select',
      required: true,
      label: label('Loại đơn vị', 'Type'),
      options: options(UNIT_TYPES),
    },
    {
      name: 'code',
      type: 'text',
      unique: true,
      label: label('Mã đơn vị hành chính', 'Official code'),
      admin: { description: label('Mã theo danh mục đơn vị hành chính Việt Nam.', 'Code in the national list of administrative units.') },
    },
    {
      type: 'collapsible',
      label: label('Giải thể, sáp nhập', 'Dissolution and merger'),
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'dissolvedAt',
          type: 'date',
          label: label('Ngày giải thể / sáp nhập', 'Dissolved on'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'mergedInto',
          type: 'relationship',
          relationTo: 'units',
          label: label('Sáp nhập vào đơn vị', 'Merged into'),
          admin: {
            description: label(
              'Nội dung và trang của đơn vị cũ vẫn giữ, kèm thông tin sáp nhập (sắp xếp đơn vị hành chính 2025).',
              "The former unit's content and pages stay, marked with the merger (2025 reorganisation).",
            ),
          },
          validate: (value: unknown, { id, siblingData }: { id?: number | string; siblingData: { dissolvedAt?: string | null } }) => {
            const target = parentId(value)
            if (target !== undefined && target === Number(id)) return 'Đơn vị không thể sáp nhập vào chính nó.'
            if (target !== undefined && !siblingData.dissolvedAt) return 'Hãy nhập ngày giải thể / sáp nhập.'
            return true
          },
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      label: label('Đơn vị cấp trên', 'Parent unit'),
      validate: validateParent,
      admin: { position: 'sidebar' },
    },
  ],
}
