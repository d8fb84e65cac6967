import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { canPublish } from '../../access/roles'
import { createMailing } from '../sending/createMailing'
import { poolOf } from '../sending/deliveryStore'
import { bulletinAudience, type BulletinSendingChoice } from './bulletinAudience'

// The advisory lock space of bulletin sendings (any number no other lock of ours uses).
const BULLETIN_LOCK = 7_140_001

const ids = z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(200)

const choiceSchema = z.object({
  bulletin: z.coerce.number({ error: 'Thiếu số bản tin.' }).int().positive(),
  lists: ids.default([]),
  subscribers: z.boolean().default(false),
  resend: z.boolean().default(false),
})

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

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
    const { choice, title } = checked
    return withBulletinLock(req.payload, choice.bulletin, () => send(req, choice, title))
  },
}

/** One sending of an issue is prepared at a time: two presses of "Gửi" at once cannot both pass the check. */
async function withBulletinLock<T>(payload: PayloadRequest['payload'], bulletin: number, work: () => Promise<T>): Promise<T> {
  const client = await poolOf(payload).connect()
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [BULLETIN_LOCK, bulletin])
    return await work()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [BULLETIN_LOCK, bulletin]).catch(() => {})
    client.release()
  }
}

async function send(req: PayloadRequest, choice: BulletinSendingChoice, title: string): Promise<Response> {
    const audience = await bulletinAudience(req, choice)
    if (audience.alreadySentTo.length && !choice.resend) {
      return refuse(
        409,
        `Bản tin này đã được gửi tới ${audience.alreadySentTo.join(', ')}. Muốn gửi cho những người chưa nhận được, hãy chọn “Chỉ gửi lại cho người chưa nhận được”.`,
      )
    }
    if (audience.recipients.length === 0) return refuse(409, 'Không có ai để gửi: mọi người trong lựa chọn này đã nhận bản tin hoặc đã ngừng nhận thư.')
    // The message makers (MJML) load when mail is made, not with the config every CMS start reads.
    const { bulletinMailing } = await import('./bulletinMailing')
    const message = await bulletinMailing(req.payload, choice.bulletin)
    const sending = await createMailing(
      req,
      { kind: 'bulletin', title: `${title} → ${audience.recipients.length} người nhận`, bulletin: choice.bulletin, lists: choice.lists, toSubscribers: choice.subscribers, resend: choice.resend, sentBy: req.user?.id as number },
      audience.recipients,
      message,
    )
    return Response.json({ sending: sending.id, recipients: audience.recipients.length }, { status: 201, headers: { 'cache-control': 'no-store' } })
}
