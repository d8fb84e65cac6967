import type { Config } from 'payload'
import { LARGEST_UPLOAD } from '../collections/uploads/fileUploads'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** Payload's English answers to a multipart request over its limits, in Vietnamese. */
export const UPLOAD_LIMIT_MESSAGES: Readonly<Record<string, string>> = {
  'Multipart request size limit has been reached': `Tệp quá lớn: mỗi lần tải lên tối đa ${megabytes(LARGEST_UPLOAD)} MB (video); ảnh, văn bản và âm thanh có giới hạn nhỏ hơn.`,
  'File size limit has been reached': `Tệp quá lớn: mỗi lần tải lên tối đa ${megabytes(LARGEST_UPLOAD)} MB (video); ảnh, văn bản và âm thanh có giới hạn nhỏ hơn.`,
  'Multipart limit has been reached': 'Yêu cầu tải lên có quá nhiều tệp hoặc trường: mỗi lần chỉ tải lên một tệp.',
}

/**
 * Payload refuses a multipart request over its limits while reading the body, before any
 * collection hook (where each collection's own, Vietnamese, limit is checked), and in English, as
 * a 500: this answers 413 with the message in Vietnamese.
 */
export const uploadLimitMessages: AfterErrorHook = ({ error }) => {
  const message = UPLOAD_LIMIT_MESSAGES[error.message]
  if (message) return { response: { errors: [{ message }] }, status: 413 }
}
