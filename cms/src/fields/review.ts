import type { Field } from 'payload'
import { nobody, publishersOnly, staffOnly } from '../access/fieldAccess'
import { label } from '../i18n/label'

export const REVIEW_STATES = [
  { value: 'writing', label: label('Đang soạn', 'Writing') },
  { value: 'submitted', label: label('Chờ duyệt', 'Submitted for review') },
  { value: 'returned', label: label('Trả lại để sửa', 'Returned for changes') },
  { value: 'published', label: label('Đã xuất bản', 'Published') },
] as const

export type ReviewState = (typeof REVIEW_STATES)[number]['value']

/** A user the CMS records (trackReview), read-only, seen by staff only. */
const staffUser = (name: string, fieldLabel: ReturnType<typeof label>): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label: fieldLabel,
  access: { read: staffOnly, create: nobody, update: nobody },
  admin: { position: 'sidebar', readOnly: true },
})

/**
 * The review workflow on a content collection: who wrote it, where it stands, and the
 * editor-in-chief's comment when returning it. Internal: never in anonymous API output.
 */
export function reviewFields(): Field[] {
  return [
    {
      name: 'reviewState',
      type: 'select',
      label: label('Trạng thái duyệt', 'Review'),
      options: [...REVIEW_STATES],
      defaultValue: 'writing',
      index: true,
      access: { read: staffOnly },
      admin: {
        position: 'sidebar',
        description: label(
          'Biên tập viên chọn "Chờ duyệt" rồi lưu bản nháp để gửi duyệt; Tổng biên tập xuất bản hoặc trả lại kèm góp ý.',
          'Editors choose "Submitted for review" and save the draft; the editor-in-chief publishes or returns it with a comment.',
        ),
      },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      label: label('Góp ý của Tổng biên tập', "Editor-in-chief's comment"),
      access: { read: staffOnly, create: publishersOnly, update: publishersOnly },
      admin: { position: 'sidebar' },
    },
    staffUser('createdBy', label('Người tạo', 'Created by')),
    // Kept in every version too: the versions list says who saved each one.
    staffUser('updatedBy', label('Người lưu gần nhất', 'Last saved by')),
  ]
}
