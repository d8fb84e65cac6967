import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isPublisher } from '../../access/isPublisher'
import { isStaff } from '../../access/isStaff'
import { IMPORT_SOURCE_INDEX, importSourceField } from '../../fields/importSource'
import { checkUpload } from '../../hooks/checkUpload'
import { normalizeTextToNFC } from '../../hooks/normalizeTextToNFC'
import { label } from '../../i18n/label'

/** Images for articles, bulletins and practices. Every size (and the original) is stored as WebP. */
export function imagesCollection(mediaDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: label('Ảnh', 'Image'), plural: label('Thư viện ảnh', 'Images') },
    admin: { group: label('Tệp', 'Files') },
    indexes: [IMPORT_SOURCE_INDEX],
    // Anyone on staff uploads; changing or removing a file that may be live is the publishers' call.
    access: { read: anyone, create: isStaff, update: isPublisher, delete: isPublisher },
    hooks: {
      beforeOperation: [
        checkUpload({
          mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
          maxBytes: 20 * 1024 * 1024,
          description: 'ảnh JPEG, PNG, WebP, GIF hoặc AVIF',
        }),
      ],
      beforeValidate: [normalizeTextToNFC],
    },
    upload: {
      staticDir: mediaDir,
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
        validate: (value: string | null | undefined) => (value?.trim() ? true : 'Cần mô tả ảnh (alt): người khiếm thị và trình đọc màn hình dựa vào nội dung này.'),
        admin: {
          description: label(
            'Bắt buộc: mô tả nội dung ảnh cho người khiếm thị và khi ảnh không tải được.',
            'Required: describes the image for screen readers and when it fails to load.',
          ),
        },
      },
      importSourceField(),
    ],
  }
}

/** Where each upload collection keeps its files, under the one media folder. */
export const uploadDir = (mediaDir: string, slug: string) => (slug === 'media' ? mediaDir : path.join(mediaDir, slug))
