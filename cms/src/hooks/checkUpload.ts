import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

type Rules = {
  /** MIME types accepted, as detected from the file's content (not its name). */
  mimeTypes: readonly string[]
  maxBytes: number
  /** What editors should upload, in Vietnamese: "ảnh JPEG, PNG hoặc WebP". */
  description: string
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })

/**
 * Refuses an upload of the wrong kind or size before Payload stores anything, with a message an
 * editor can act on (Payload's own are English and name only the MIME type).
 */
export function checkUpload({ mimeTypes, maxBytes, description }: Rules): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file?.data) return args
    const fail = (message: string) => {
      throw new ValidationError({ errors: [{ path: 'file', message }] }, req.t)
    }
    if (file.size > maxBytes) {
      fail(`Tệp "${file.name}" quá lớn (${megabytes(file.size)} MB); giới hạn là ${megabytes(maxBytes)} MB.`)
    }
    const detected = await fileTypeFromBuffer(file.data)
    if (!detected || !mimeTypes.includes(detected.mime)) {
      fail(`Tệp "${file.name}" không đúng loại: cần ${description}` + `${detected ? `, nhưng nội dung tệp là ${detected.mime}` : ', nhưng không nhận ra định dạng của tệp'}.`)
    }
    return args
  }
}
