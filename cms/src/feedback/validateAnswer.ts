import type { RelationshipFieldSingleValidation, Validate } from 'payload'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { unitIds } from '../access/editorialAccess'
import { contributorUnit } from '../access/roles'

type Item = { status?: string; answer?: SerializedEditorState | null; answeringUnit?: unknown; consentToPublish?: boolean }

const hasText = (answer: Item['answer']) => Boolean(answer?.root && convertLexicalToPlaintext({ data: answer }).trim())

/** "Answered" needs an answer and the unit that gives it. */
export const validateAnswered: Validate<string, Item, Item> = (status, { data }) => {
  if (status !== 'answered') return true
  if (!hasText(data.answer)) return 'Hãy viết nội dung trả lời trước khi chọn "Đã trả lời".'
  if (!data.answeringUnit) return 'Hãy chọn đơn vị trả lời trước khi chọn "Đã trả lời".'
  return true
}

/** Publication needs an answer and the citizen's consent. */
export const validatePublishAnswer: Validate<boolean, Item, Item> = (publish, { data }) => {
  if (!publish) return true
  if (data.status !== 'answered') return 'Chỉ công khai được góp ý đã trả lời.'
  if (!data.consentToPublish) return 'Người gửi không đồng ý công khai câu hỏi: không thể duyệt công khai.'
  return true
}

/** A unit contributor answers in their own unit's name only. */
export const validateAnsweringUnit: RelationshipFieldSingleValidation = (value, { req }) => {
  const own = contributorUnit(req.user)
  if (own === undefined || unitIds(value as Parameters<typeof unitIds>[0]).every((id) => id === own)) return true
  return 'Cộng tác viên chỉ trả lời với tư cách đơn vị của mình.'
}
