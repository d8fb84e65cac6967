import type { Endpoint } from 'payload'
import { canPublish } from '../../access/roles'
import { poolOf } from '../sending/deliveryStore'
import { relationNames } from './relationNames'

/**
 * `GET /api/subscribers/:id/export`: everything the portal holds about one subscriber, as a JSON
 * file (what they chose, when, and every message sent to them), for the administrator or the
 * editor-in-chief to hand over on request. Erasing is the admin's Delete, which forgets the address
 * in every mailing's report too.
 */
export const exportSubscriber: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    if (!canPublish(req.user)) return Response.json({ errors: [{ message: 'Chỉ Tổng biên tập hoặc Quản trị được xuất dữ liệu người đăng ký.' }] }, { status: 403 })
    const id = Number(req.routeParams?.id)
    const subscriber = Number.isSafeInteger(id) ? await req.payload.findByID({ collection: 'subscribers', id, depth: 1, overrideAccess: true, disableErrors: true }) : null
    if (!subscriber) return Response.json({ errors: [{ message: 'Không tìm thấy người đăng ký này.' }] }, { status: 404 })
    const { rows } = await poolOf(req.payload).query(
      `SELECT s.title AS mailing, d.status, d.sent_at AS "sentAt", d.unsubscribed
       FROM mail_deliveries d JOIN mail_sendings s ON s.id = d.sending_id WHERE d.subscriber_id = $1 ORDER BY d.id`,
      [id],
    )
    const data = {
      email: subscriber.email,
      status: subscriber.status,
      bulletins: subscriber.bulletins,
      documents: subscriber.documents,
      reformAreas: relationNames(subscriber.reformAreas),
      units: relationNames(subscriber.units),
      frequency: subscriber.frequency,
      requestedAt: subscriber.requestedAt,
      confirmedAt: subscriber.confirmedAt,
      hardBounces: subscriber.hardBounces,
      messages: rows,
    }
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="nguoi-dang-ky-${id}.json"`,
        'cache-control': 'no-store',
      },
    })
  },
}
