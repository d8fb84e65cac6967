import type { CollectionSlug, Endpoint } from 'payload'
import { PREVIEWABLE_COLLECTIONS } from '@reform/shared'
import { roleOf } from '../access/roles'
import { previewSigner } from '../preview/previewSignature'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * `GET /api/preview/:collection/:id`: the newest version of a document, draft included, for the
 * preview server. Only for a signed, unexpired preview link or a signed-in member of staff, and
 * only what that member of staff may read.
 */
export const previewDocument: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection)
    const id = String(req.routeParams?.id)
    if (!(PREVIEWABLE_COLLECTIONS as readonly string[]).includes(collection)) return refuse(404, 'Loại nội dung này không có trang xem trước.')
    const query = new URL(req.url ?? '', 'http://cms').searchParams
    const signer = previewSigner(req.payload.secret, collection, id, query)
    // A signed link reads as the member of staff it was made for, with their access today.
    const user = signer
      ? await req.payload.findByID({ collection: 'users', id: signer, depth: 0, disableErrors: true }).then((found) => found && { ...found, collection: 'users' as const })
      : req.user
    if (roleOf(user) === undefined) {
      return refuse(401, 'Liên kết xem trước không hợp lệ hoặc đã hết hạn; hãy mở lại từ trang sửa bài trong CMS.')
    }
    const doc = await req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      disableErrors: true,
    })
    if (!doc) return refuse(404, 'Không tìm thấy nội dung này, hoặc bạn không có quyền xem.')
    return Response.json(doc, { headers: { 'cache-control': 'no-store' } })
  },
}
