import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isPublisher } from '../access/isPublisher'
import { slugField } from '../fields/slug'
import { normalizeTextToNFC } from '../hooks/normalizeTextToNFC'
import { label } from '../i18n/label'

export const ReformAreas: CollectionConfig = {
  slug: 'reform-areas',
  labels: { singular: label('Lĩnh vực cải cách', 'Reform area'), plural: label('Lĩnh vực cải cách', 'Reform areas') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: label('Danh mục', 'Taxonomies') },
  defaultSort: 'order',
  access: { read: anyone, create: isPublisher, update: isPublisher, delete: isPublisher },
  versions: { maxPerDoc: 20 },
  hooks: { beforeValidate: [normalizeTextToNFC] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: label('Tên lĩnh vực', 'Name') },
    slugField('name'),
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
    {
      name: 'order',
      type: 'number',
      label: label('Thứ tự hiển thị', 'Display order'),
      admin: { position: 'sidebar' },
    },
  ],
}
