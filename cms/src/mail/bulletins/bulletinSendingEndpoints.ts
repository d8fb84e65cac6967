import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { canPublish } from '../../access/roles'
import { refuse } from '../lists/import/refuse'
import { bulletinAudience, type BulletinSendingChoice } from './bulletinAudience'
import { startBulletinSending } from './startBulletinSending'

const ids = z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(200)

const choiceSchema = z.object({
  bulletin: z.coerce.number({ error: 'Thiếu số bản tin.' }).int().positive(),
  lists: ids.default([]),
  subscribers: z.boolean().default(false),
  resend: z.boolean().default(false),
})

type Checked = { choice: BulletinSendingChoice; title: string } | { refused: Response }

/** Who may send (the editor-in-chief and administrators), what, and to whom: the checks both endpoints make. */
async function check(req: PayloadRequest, raw: unknown): Promise<Checked> {
  if (!canPublish(req.user)) return { refused: refuse(403, 'Chỉ Tổng biên tập (hoặc Quản trị) được gửi bản tin.') }
  const parsed = choiceSchema.safeParse(raw)
  if (!parsed.success) return { refused: refuse(400, 'Yêu cầu gửi không hợp lệ: hãy chọn bản tin và ít nhất một danh sách hoặc người đăng ký.') }
  const choice = parsed.data
  if (choice.lists.length === 0 && !choice.subscribers) return { refused: refuse(400, 'Hãy chọn ít nhất một danh sách nhận thư hoặc những người đăng ký nhận bản tin.') }
  const bulletin = await req.payload.findByID({ collection: 'bulletins', id: choice.bulletin, depth: 0, overrideAccess: true, disableErrors: true })
  if (!bulletin || bulletin._status !== 'published') return { refused: refuse(409, 'Chỉ gửi được bản tin đã xuất bản: hãy xuất bản bản tin trước.') }
  const { totalDocs } = await req.payload.count({ collection: 'mailing-lists', where: { id: { in: choice.lists } }, overrideAccess: true })
  if (totalDocs !== choice.lists.length) return { refused: refuse(400, 'Có danh sách nhận thư không còn tồn tại: hãy tải lại trang và chọn lại.') }
  return { choice, title: bulletin.title ?? `Bản tin số ${bulletin.number}/${bulletin.year}` }
}

const choiceFromQuery = (req: PayloadRequest) => ({
  bulletin: req.searchParams.get('bulletin'),
  lists: (req.searchParams.get('lists') ?? '').split(',').filter(Boolean),
  subscribers: req.searchParams.get('subscribers') === '1',
  resend: req.searchParams.get('resend') === '1',
})

/** `GET /api/mail-sendings/bulletin-audience?bulletin=&lists=1,2&subscribers=1&resend=1`: how many people a sending would reach. */
export const bulletinAudienceEndpoint: Endpoint = {
  path: '/bulletin-audience',
  method: 'get',
  handler: async (req) => {
    const checked = await check(req, choiceFromQuery(req))
    if ('refused' in checked) return checked.refused
    const audience = await bulletinAudience(req, checked.choice)
    return Response.json(
      { recipients: audience.recipients.length, alreadyReceived: audience.alreadyReceived, alreadySentTo: audience.alreadySentTo },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}

/**
 * `POST /api/mail-sendings/bulletin` (JSON: bulletin, lists, subscribers, resend): sends a
 * published issue. Refused when it already went to a chosen list, unless `resend`, which reaches
 * only those who did not get it.
 */
export const sendBulletinEndpoint: Endpoint = {
  path: '/bulletin',
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = await (req as Request).json()
    } catch {
      return refuse(400, 'Yêu cầu gửi không hợp lệ (JSON).')
    }
    const checked = await check(req, body)
    if ('refused' in checked) return checked.refused
    const started = await startBulletinSending(req, checked.choice, checked.title)
    if (!started.ok) return refuse(started.status, started.message)
    return Response.json({ sending: started.sending, recipients: started.recipients }, { status: 201, headers: { 'cache-control': 'no-store' } })
  },
}
