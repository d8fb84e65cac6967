import type { CollectionBeforeChangeHook, CollectionConfig, CompoundIndex, Field } from 'payload'
import { anyone } from '../../access/anyone'
import { isPublisher } from '../../access/isPublisher'
import { isStaff } from '../../access/isStaff'
import { IMPORT_SOURCE_INDEX, importSourceField } from '../../fields/importSource'
import { checkUpload } from '../../hooks/checkUpload'
import { normalizeTextToNFC } from '../../hooks/normalizeTextToNFC'
import { label } from '../../i18n/label'
import { readAudioDuration } from './hooks/readAudioDuration'
import { uploadDir } from './images'

type FileKind = {
  slug: string
  labels: { singular: Record<'vi' | 'en', string>; plural: Record<'vi' | 'en', string> }
  mimeTypes: readonly string[]
  maxBytes: number
  description: string
  /** Fields of this kind's own, after the title. */
  fields?: Field[]
  indexes?: CompoundIndex[]
  beforeChange?: CollectionBeforeChangeHook[]
}

const MB = 1024 * 1024

/** Non-image uploads: each kind with its own types and size limit, checked on the file's content. */
const FILE_KINDS: FileKind[] = [
  {
    slug: 'document-files',
    labels: { singular: label('Tệp văn bản', 'Document file'), plural: label('Tệp văn bản', 'Document files') },
    mimeTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    maxBytes: 30 * MB,
    description: 'tệp PDF hoặc DOCX',
    // Documents brought from an old portal (npm run import) bring their files: found again by it.
    fields: [importSourceField()],
    indexes: [IMPORT_SOURCE_INDEX],
  },
  {
    slug: 'audio',
    labels: { singular: label('Tệp âm thanh', 'Audio file'), plural: label('Âm thanh', 'Audio') },
    mimeTypes: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/ogg', 'audio/wav'],
    maxBytes: 100 * MB,
    description: 'âm thanh MP3, M4A, AAC, OGG hoặc WAV',
    fields: [
      {
        // Read from the file by readAudioDuration when it is uploaded or replaced; nobody types it.
        name: 'durationSeconds',
        type: 'number',
        min: 0,
        label: label('Thời lượng (giây)', 'Duration (seconds)'),
        access: { create: () => false, update: () => false },
        admin: {
          readOnly: true,
          description: label('Đọc từ tệp khi tải lên; để trống nếu không đọc được.', 'Read from the file on upload; empty if it cannot be read.'),
        },
      },
    ],
    beforeChange: [readAudioDuration],
  },
  {
    slug: 'videos',
    labels: { singular: label('Tệp video', 'Video file'), plural: label('Video', 'Videos') },
    mimeTypes: ['video/mp4', 'video/webm'],
    maxBytes: 500 * MB,
    description: 'video MP4 hoặc WebM',
  },
]

/** The largest file any collection accepts: Payload's own request limit must let it through. */
export const LARGEST_UPLOAD = Math.max(20 * MB, ...FILE_KINDS.map((kind) => kind.maxBytes))

/**
 * Payload's limit on a whole multipart request (50 MB by default, for every collection): the
 * largest file plus the form around it (its title, the admin's `_payload` JSON). Each collection
 * then refuses what is over its own limit, in Vietnamese (hooks/checkUpload). deploy/nginx/cms-admin.conf
 * lets 520 MB through.
 */
export const LARGEST_UPLOAD_REQUEST = LARGEST_UPLOAD + MB

export function fileUploadCollections(mediaDir: string): CollectionConfig[] {
  return FILE_KINDS.map(({ slug, labels, mimeTypes, maxBytes, description, fields = [], indexes, beforeChange = [] }) => ({
    slug,
    ...(indexes ? { indexes } : {}),
    labels,
    admin: { useAsTitle: 'title', group: label('Tệp', 'Files') },
    // Anyone on staff uploads; changing or removing a file that may be live is the publishers' call.
    access: { read: anyone, create: isStaff, update: isPublisher, delete: isPublisher },
    hooks: { beforeOperation: [checkUpload({ mimeTypes, maxBytes, description })], beforeValidate: [normalizeTextToNFC], beforeChange },
    upload: { staticDir: uploadDir(mediaDir, slug), mimeTypes: [...mimeTypes] },
    fields: [{ name: 'title', type: 'text', required: true, label: label('Tên tệp hiển thị', 'Title') }, ...fields],
  }))
}
