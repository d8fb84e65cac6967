import type { Endpoint } from 'payload'
import { canPublish } from '../../../access/roles'
import { MEMBER_HEADERS } from './memberHeaders'
import { refuse } from './refuse'

// The byte order mark makes Excel read the Vietnamese headers as UTF-8.
const TEMPLATE = `\uFEFF${Object.values(MEMBER_HEADERS)
  .map(([header]) => (header!.includes(',') ? `"${header}"` : header))
  .join(',')}\r\n`

/** `GET /api/mailing-lists/import-template.csv`: an empty sheet with the headers the import reads. */
export const importTemplateEndpoint: Endpoint = {
  path: '/import-template.csv',
  method: 'get',
  handler: (req) => {
    if (!canPublish(req.user)) return refuse(403, 'Chỉ Tổng biên tập hoặc Quản trị được nhập người nhận vào danh sách.')
    return new Response(TEMPLATE, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="mau-danh-sach-nhan-thu.csv"',
        'cache-control': 'no-store',
      },
    })
  },
}
