import type { CollectionConfig } from 'payload'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '@reform/shared'
import { editorInChiefOnly, editorsAndAbove, nobody, staffOnly } from '../access/fieldAccess'
import { isPublisher } from '../access/isPublisher'
import { normalizeTextToNFC } from '../hooks/normalizeTextToNFC'
import { renderRichTextHtml } from '../hooks/renderRichTextHtml'
import { label } from '../i18n/label'
import { options } from '../i18n/options'
import { feedbackHandlersOnly } from './access/feedbackHandlersOnly'
import { isPublishedAnswer } from './access/publishedAnswer'
import { readableOnceApproved } from './access/readableOnceApproved'
import { readFeedback } from './access/readFeedback'
import { updateFeedback } from './access/updateFeedback'
import { feedbackEndpoints } from './endpoints'
import { receiveFeedback } from './hooks/receiveFeedback'
import { recordAnswerTime } from './hooks/recordAnswerTime'
import { withdrawApprovalOnEdit } from './hooks/withdrawApprovalOnEdit'
import { validateAnswered, validateAnsweringUnit, validatePublishAnswer } from './validateAnswer'

// As the citizen sent it: kept word for word, readable by those who handle it only.
const sentByCitizen = { read: feedbackHandlersOnly, create: nobody, update: nobody }
const internal = { read: staffOnly }
// Where an item is filed and by when: the editorial staff decide, not the unit itself.
const filing = { read: staffOnly, update: editorsAndAbove }

/**
 * Citizens' proposals and complaints. They arrive only through the public endpoint (endpoints/);
 * staff handle them here, and an answer whose publication is approved goes to /hoi-dap/.
 * Nobody creates an item over the API (only the public submission endpoint does, after checking
 * it); staff read and handle them, a unit contributor only their unit's items; anonymous readers
 * see published answers only (and, field by field, never personal data).
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: label('Góp ý, phản ánh', 'Feedback item'), plural: label('Góp ý, phản ánh', 'Citizen feedback') },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'publicTitle', 'status', 'assignedUnit', 'dueDate', 'publishAnswer', 'createdAt'],
    group: label('Góp ý của người dân', 'Citizen feedback'),
    description: label(
      'Góp ý, phản ánh người dân gửi qua trang /gop-y/. Thông tin cá nhân chỉ người xử lý xem được và không bao giờ được công khai.',
      'Proposals and complaints sent through /gop-y/. Personal data is visible to handlers only and is never published.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: readFeedback, create: () => false, update: updateFeedback, delete: isPublisher },
  // Build reasons and the audit log, read by every member of staff, name an item by its number:
  // the tracking code opens its status page, the titles start as the citizen's words.
  custom: { isPublic: isPublishedAnswer, logTitle: (doc: Record<string, unknown>) => `#${doc.id}` },
  endpoints: feedbackEndpoints,
  hooks: {
    beforeValidate: [normalizeTextToNFC],
    beforeChange: [receiveFeedback, recordAnswerTime, withdrawApprovalOnEdit, renderRichTextHtml('answer', 'answerHtml')],
  },
  fields: [
    {
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: label('Mã tra cứu', 'Tracking code'),
      access: { read: staffOnly, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The random part of the form's start token (publicEndpoints/formStartToken): one form, one item.
      name: 'formKey',
      type: 'text',
      unique: true,
      access: { read: nobody, create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      options: options(FEEDBACK_STATUSES),
      label: label('Tình trạng', 'Status'),
      validate: validateAnswered,
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignedUnit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: label('Đơn vị được giao xử lý', 'Assigned unit'),
      access: filing,
      admin: { position: 'sidebar' },
    },
    {
      name: 'dueDate',
      type: 'date',
      timezone: true,
      label: label('Hạn xử lý', 'Due date'),
      access: filing,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'proposal',
      options: options(FEEDBACK_KINDS),
      label: label('Loại', 'Kind'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      index: true,
      label: label('Đơn vị liên quan', 'Unit concerned'),
      access: { update: editorsAndAbove },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reformArea',
      type: 'relationship',
      relationTo: 'reform-areas',
      required: true,
      index: true,
      label: label('Lĩnh vực cải cách', 'Reform area'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: label('Người dân gửi (không công khai)', 'As sent by the citizen (never public)'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Name'), access: sentByCitizen },
            // Checked at the edge (shared feedbackSubmissionSchema), not again by Payload's stricter e-mail rule.
            { name: 'email', type: 'text', label: label('Thư điện tử', 'E-mail'), access: sentByCitizen },
            { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone'), access: sentByCitizen },
          ],
        },
        { name: 'subject', type: 'text', required: true, label: label('Tiêu đề', 'Subject'), access: sentByCitizen },
        { name: 'message', type: 'textarea', required: true, label: label('Nội dung', 'Message'), access: sentByCitizen },
        {
          name: 'consentToPublish',
          type: 'checkbox',
          defaultValue: false,
          label: label('Đồng ý công khai câu hỏi (không kèm thông tin cá nhân)', 'Agrees to the question being published (without personal data)'),
          access: { read: staffOnly, create: nobody, update: nobody },
        },
      ],
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: label('Ghi chú nội bộ', 'Internal notes'),
      access: internal,
    },
    {
      type: 'collapsible',
      label: label('Trả lời', 'Answer'),
      fields: [
        {
          name: 'publicTitle',
          type: 'text',
          required: true,
          maxLength: 200,
          label: label('Tiêu đề công khai', 'Public title'),
          access: { read: readableOnceApproved },
          admin: { description: label('Hiện trên trang Hỏi đáp. Bỏ mọi thông tin cá nhân.', 'Shown on the Q&A page. Remove any personal data.') },
        },
        {
          name: 'publicQuestion',
          type: 'textarea',
          required: true,
          label: label('Câu hỏi công khai', 'Public question'),
          access: { read: readableOnceApproved },
          admin: {
            description: label(
              'Ban đầu là nguyên văn người dân gửi: sửa để bỏ tên, địa chỉ, số điện thoại… trước khi duyệt công khai.',
              "Starts as the citizen's own words: remove names, addresses, phone numbers… before approving publication.",
            ),
          },
        },
        { name: 'answer', type: 'richText', label: label('Nội dung trả lời', 'Answer'), access: internal },
        { name: 'answerHtml', type: 'textarea', label: label('Trả lời HTML (tự tạo)', 'Answer HTML (generated)'), admin: { hidden: true } },
        { name: 'answeringUnit', type: 'relationship', relationTo: 'units', label: label('Đơn vị trả lời', 'Answering unit'), validate: validateAnsweringUnit },
        {
          name: 'answeredAt',
          type: 'date',
          timezone: true,
          label: label('Ngày trả lời', 'Answered on'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'publishAnswer',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: label('Duyệt công khai trên trang Hỏi đáp', 'Approved for the public Q&A page'),
          access: { create: nobody, update: editorInChiefOnly },
          validate: validatePublishAnswer,
          admin: {
            description: label(
              'Chỉ Tổng biên tập duyệt; cần tình trạng "Đã trả lời" và người gửi đồng ý công khai.',
              'Editor-in-chief only; needs the status "Answered" and the citizen\'s consent.',
            ),
          },
        },
      ],
    },
  ],
}
