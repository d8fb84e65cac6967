import type { PayloadRequest } from 'payload'
import { ImportRefusal } from './ImportRefusal'

// Room for the multipart boundaries and part headers around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })

/**
 * The `file` field of a multipart/form-data request. The body is read up to the size limit and no
 * further (Payload's own parser would first take in up to 50 MB), then parsed by the platform.
 */
export async function readUploadedFile(req: PayloadRequest, maxFileBytes: number): Promise<Buffer> {
  const type = req.headers.get('content-type') ?? ''
  const tooLarge = () => new ImportRefusal(413, `Tệp quá lớn: mỗi lần chỉ nhập được tệp đến ${megabytes(maxFileBytes)} MB. Hãy chia danh sách thành nhiều tệp.`)
  if (!type.startsWith('multipart/form-data') || !req.body) throw new ImportRefusal(400, 'Hãy chọn một tệp CSV hoặc Excel để nhập.')
  const limit = maxFileBytes + FORM_OVERHEAD_BYTES
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw tooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = req.body.getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(chunk.value)
  }
  let form: FormData
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData()
  } catch {
    throw new ImportRefusal(400, 'Yêu cầu gửi tệp không hợp lệ: hãy chọn lại tệp và thử lại.')
  }
  const file = form.get('file')
  if (!(file instanceof Blob) || file.size === 0) throw new ImportRefusal(400, 'Hãy chọn một tệp CSV hoặc Excel (không rỗng) để nhập.')
  if (file.size > maxFileBytes) throw tooLarge()
  return Buffer.from(await file.arrayBuffer())
}
