/** Largest submission body: a 5,000-character message in Vietnamese, percent-encoded, fits well. */
export const MAX_BODY_BYTES = 64 * 1024

export type SubmissionBody = { ok: true; data: Record<string, unknown> } | { ok: false; status: number; message: string }

const refuse = (status: number, message: string): SubmissionBody => ({ ok: false, status, message })
const tooLarge = () => refuse(413, `Nội dung gửi quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KB); hãy rút gọn nội dung đã nhập.`)

/** The body's bytes, or undefined as soon as it grows past the limit (the rest is never read). */
export async function readCapped(body: ReadableStream<Uint8Array> | null): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** A form's fields; a field sent more than once (ticked checkboxes of one name) becomes a list. */
export function formFields(params: URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {}
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    fields[name] = values.length === 1 ? values[0]! : values
  }
  return fields
}

/** The request body's media type, lower-case and without parameters: `application/json`. */
export const mediaTypeOf = (headers: Headers) => (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * A form's fields from a plain form post (urlencoded) or from the site's script (JSON), with
 * a size limit and a clear message for anything else.
 */
export async function readSubmissionBody(request: Request): Promise<SubmissionBody> {
  const mediaType = mediaTypeOf(request.headers)
  const json = mediaType === 'application/json'
  if (!json && mediaType !== 'application/x-www-form-urlencoded') {
    return refuse(415, 'Định dạng gửi lên không được hỗ trợ: hãy gửi biểu mẫu (application/x-www-form-urlencoded) hoặc JSON.')
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge()
  const bytes = await readCapped(request.body)
  if (!bytes) return tooLarge()
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(400, 'Nội dung gửi lên không phải văn bản UTF-8.')
  }
  if (!json) return { ok: true, data: formFields(new URLSearchParams(text)) }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return refuse(400, 'Dữ liệu JSON gửi lên bị lỗi cú pháp.')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return refuse(400, 'Dữ liệu JSON gửi lên phải là một đối tượng gồm các trường của biểu mẫu.')
  return { ok: true, data: parsed as Record<string, unknown> }
}
