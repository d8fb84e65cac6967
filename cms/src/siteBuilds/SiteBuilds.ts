import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { label } from '../i18n/label'

export const SITE_BUILD_STATUSES = [
  { value: 'queued', label: label('Đang chờ', 'Queued') },
  { value: 'running', label: label('Đang dựng', 'Running') },
  { value: 'succeeded', label: label('Đã lên trang', 'Succeeded') },
  { value: 'failed', label: label('Lỗi (trang cũ vẫn chạy)', 'Failed (previous site stays live)') },
  { value: 'merged', label: label('Gộp vào bản dựng khác', 'Merged into another build') },
] as const

export type SiteBuildStatus = (typeof SITE_BUILD_STATUSES)[number]['value']

const readOnly = { readOnly: true }

/**
 * One row per build of the public site: why it was queued, when it ran, how long it took, and the
 * end of its log when it failed. Written only by the CMS and the builder; staff read it.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: label('Bản dựng trang', 'Site build'), plural: label('Bản dựng trang công khai', 'Site builds') },
  admin: {
    useAsTitle: 'status',
    defaultColumns: ['id', 'status', 'hasErrors', 'createdAt', 'durationSeconds', 'changes', 'triggers'],
    group: label('Quản trị', 'Administration'),
    description: label(
      'Mỗi lần xuất bản, gỡ, sửa hay xóa nội dung công khai, trang công khai được dựng lại. Các thay đổi gần nhau được gộp vào một bản dựng. Bản dựng lỗi không thay trang đang chạy.',
      'Every publish, unpublish, edit or delete of public content rebuilds the public site. Changes close together share one build. A failed build leaves the live site as it was.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: [...SITE_BUILD_STATUSES],
      label: label('Trạng thái', 'Status'),
      admin: readOnly,
    },
    { name: 'triggers', type: 'textarea', label: label('Thay đổi dẫn đến bản dựng (30 thay đổi đầu)', 'Triggered by (first 30 changes)'), admin: readOnly },
    { name: 'changes', type: 'number', defaultValue: 1, label: label('Số thay đổi', 'Changes'), admin: readOnly },
    { name: 'startedAt', type: 'date', label: label('Bắt đầu', 'Started'), admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: label('Kết thúc', 'Finished'), admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'durationSeconds',
      type: 'number',
      label: label('Thời gian dựng', 'Duration'),
      // "2,3 giây": Payload's number cell and input write "2.3".
      admin: { ...readOnly, components: { Cell: '/siteBuilds/Duration#DurationCell', Field: '/siteBuilds/Duration#DurationField' } },
    },
    { name: 'release', type: 'text', label: label('Thư mục phát hành', 'Release folder'), admin: readOnly },
    { name: 'mergedInto', type: 'relationship', relationTo: 'site-builds', label: label('Gộp vào', 'Merged into'), admin: readOnly },
    { name: 'retryOf', type: 'relationship', relationTo: 'site-builds', label: label('Thử lại bản dựng lỗi', 'Retries the failed build'), admin: readOnly },
    {
      name: 'hasErrors',
      type: 'checkbox',
      // Never empty: the admin's list cell looks an empty one up as the label "general:null".
      defaultValue: false,
      index: true,
      label: label('Có lỗi (nội dung bị bỏ ra)', 'With errors (documents left out)'),
      admin: {
        ...readOnly,
        description: label('Bản dựng đã lên trang nhưng bỏ ra những nội dung không hợp lệ dưới đây.', 'The build went live without the invalid documents below.'),
      },
    },
    { name: 'withheld', type: 'json', label: label('Nội dung bị bỏ ra (không hợp lệ)', 'Documents left out (invalid)'), admin: readOnly },
    { name: 'log', type: 'textarea', label: label('Cuối nhật ký', 'End of the log'), admin: readOnly },
  ],
}
