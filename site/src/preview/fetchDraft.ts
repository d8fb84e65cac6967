import { PREVIEWABLE_COLLECTIONS, PUBLIC_COLLECTIONS, type PreviewableCollection } from '@reform/shared'
import { cmsUrl } from '../lib/cmsUrl'

export type DraftResult = { ok: true; collection: PreviewableCollection; data: unknown } | { ok: false; status: number; message: string }

/**
 * Reads a draft from the CMS's preview endpoint, passing on the visitor's preview signature or
 * CMS session (the CMS decides), and checks it against the public schema the site builds from.
 */
export async function fetchDraft(collection: string, id: string, query: URLSearchParams, headers: Headers): Promise<DraftResult> {
  if (!(PREVIEWABLE_COLLECTIONS as readonly string[]).includes(collection) || !/^\d+$/.test(id)) {
    return { ok: false, status: 404, message: 'Không có trang xem trước này.' }
  }
  const signature = new URLSearchParams()
  for (const name of ['user', 'expires', 'signature']) if (query.has(name)) signature.set(name, query.get(name)!)
  const forwarded = new Headers({ accept: 'application/json' })
  // The session, and what Payload checks before it trusts a session cookie (its CSRF rules): where
  // the browser says the request comes from.
  for (const name of ['cookie', 'authorization', 'origin', 'sec-fetch-site']) if (headers.has(name)) forwarded.set(name, headers.get(name)!)
  const response = await fetch(`${cmsUrl()}/api/preview/${collection}/${id}?${signature}`, { headers: forwarded })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    return { ok: false, status: response.status, message: body.errors?.[0]?.message ?? `CMS trả lời ${response.status}.` }
  }
  const draft = (await response.json()) as Record<string, unknown>
  // Publishing stamps the publication time; until then the page shows it as if published now.
  if ('publishedAt' in draft && !draft.publishedAt) draft.publishedAt = new Date().toISOString()
  const parsed = PUBLIC_COLLECTIONS[collection as PreviewableCollection].schema.safeParse(draft)
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ')
    return { ok: false, status: 422, message: `Bản nháp chưa đủ thông tin để hiển thị như trên trang công khai (thiếu hoặc sai: ${fields}).` }
  }
  return { ok: true, collection: collection as PreviewableCollection, data: parsed.data }
}
