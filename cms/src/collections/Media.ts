import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { isEditor } from '../access/isEditor'
import { normalizeTextToNFC } from '../hooks/normalizeTextToNFC'
import { label } from '../i18n/label'

/** Images for articles. Every size (and the original) is stored as WebP. */
export function mediaCollection(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: label('Ảnh', 'Image'), plural: label('Thư viện ảnh', 'Media') },
    access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
    hooks: { beforeValidate: [normalizeTextToNFC] },
    upload: {
      staticDir,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
      adminThumbnail: 'thumbnail',
      focalPoint: true,
      formatOptions: { format: 'webp', options: { quality: 82 } },
      resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
      imageSizes: [
        { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 80 } } },
        { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 80 } } },
        { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 82 } } },
      ],
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        label: label('Mô tả ảnh (alt)', 'Alt text'),
        admin: {
          description: label(
            'Bắt buộc: mô tả nội dung ảnh cho người khiếm thị và khi ảnh không tải được.',
            'Required: describes the image for screen readers and when it fails to load.',
          ),
        },
      },
    ],
  }
}
