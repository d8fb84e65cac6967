import type { Endpoint } from 'payload'
import { canPublish } from '../../../access/roles'
import { IMPORT_LIMITS } from './importLimits'
import { ImportRefusal } from './ImportRefusal'
import { readUploadedFile } from './readUploadedFile'
import { refuse } from './refuse'

const GONE = 'Không tìm thấy danh sách nhận thư này: có thể nó vừa bị xoá. Hãy tải lại trang.'

/**
 * `POST /api/mailing-lists/:id/import[?dryRun=1]` (multipart/form-data, field `file`: CSV or
 * .xlsx): adds the sheet's people to the list, all or none, and answers `ImportReport` JSON.
 * With `dryRun=1` it only reports. The editor-in-chief and administrators only.
 */
export const importEndpoint: Endpoint = {
  path: '/:id/import',
  method: 'post',
  handler: async (req) => {
    if (!canPublish(req.user)) return refuse(403, 'Chỉ Tổng biên tập hoặc Quản trị được nhập người nhận vào danh sách.')
    const id = String(req.routeParams?.id)
    const list = /^\d{1,9}$/.test(id) ? await req.payload.findByID({ collection: 'mailing-lists', id: Number(id), depth: 0, select: { name: true }, disableErrors: true }) : null
    if (!list) return refuse(404, GONE)
    try {
      const data = await readUploadedFile(req, IMPORT_LIMITS.maxFileBytes)
      // The sheet readers load when a sheet comes, not with the config every CMS start reads.
      const { importMembers } = await import('./importMembers')
      const report = await importMembers(req, list, data, req.searchParams.get('dryRun') === '1')
      return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (error instanceof ImportRefusal) return refuse(error.status, error.message)
      const { code, constraint } = error as { code?: string; constraint?: string }
      // The list was deleted while the rows were written (foreign key).
      if (code === '23503') return refuse(404, GONE)
      // The code and constraint only: a database message or detail may quote a row, an address.
      req.payload.logger.error({ list: list.id, code, constraint, name: (error as Error).name }, 'List member import failed; nothing was written')
      return refuse(500, 'Không nhập được vì lỗi khi ghi vào cơ sở dữ liệu; chưa người nhận nào được thêm. Hãy thử lại, hoặc báo Quản trị nếu lỗi lặp lại.')
    }
  },
}
