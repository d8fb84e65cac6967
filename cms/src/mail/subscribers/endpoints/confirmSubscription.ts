import escapeHtml from 'escape-html'
import type { Endpoint, PayloadRequest } from 'payload'
import { publicPaths, SUBSCRIPTION_API, SUBSCRIPTION_FIELDS } from '@reform/shared'
import type { Subscriber } from '../../../payload-types'
import { answerFor, refusedPublicRequest } from '../../../publicEndpoints/publicRequest'
import { checkConfirmToken, manageToken, readConfirmToken, recipientUrls } from '../recipientLinks'
import { confirmButtonPage, donePage, linkProblemPage, subscriptionMessagePage, subscriptionPage } from '../subscriptionPages'

const EXPIRED = `Liên kết xác nhận đã hết hạn (hiệu lực 48 giờ) hoặc không còn dùng được. Hãy đăng ký lại tại trang ${publicPaths.subscribe()}.`

type Checked = { refused: Response } | { subscriber: Subscriber; token: string; siteUrl: string }

async function check(req: PayloadRequest): Promise<Checked> {
  const answer = answerFor(req, subscriptionMessagePage)
  const refused = await refusedPublicRequest(req, 'subscription-link', answer)
  if (refused) return { refused }
  const token = req.searchParams.get(SUBSCRIPTION_FIELDS.token)
  const read = readConfirmToken(token)
  const subscriber = read && (await req.payload.findByID({ collection: 'subscribers', id: read.id, depth: 0, overrideAccess: true, disableErrors: true, req }))
  const checked = read && subscriber?.linkKey ? checkConfirmToken(req.payload.secret, read, subscriber.linkKey) : { status: 'invalid' as const }
  if (!subscriber || checked.status !== 'ok') return { refused: linkProblemPage(EXPIRED, answer.siteUrl) }
  return { subscriber, token: token!, siteUrl: answer.siteUrl }
}

/** `GET /api/subscribers/confirm?t=`: the mail's confirmation link shows a button (a scanner opening links confirms nothing). */
export const confirmSubscriptionPage: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const checked = await check(req)
    if ('refused' in checked) return checked.refused
    if (checked.subscriber.status !== 'pending') return donePage('Đã xác nhận', 'Địa chỉ này đã được xác nhận trước đó.', checked.siteUrl)
    return confirmButtonPage(`${SUBSCRIPTION_API.confirm}?${SUBSCRIPTION_FIELDS.token}=${encodeURIComponent(checked.token)}`, checked.siteUrl)
  },
}

/** `POST /api/subscribers/confirm?t=`: the button: the subscriber is confirmed and will be mailed from now on. */
export const confirmSubscription: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const checked = await check(req)
    if ('refused' in checked) return checked.refused
    const { subscriber, siteUrl } = checked
    if (subscriber.status === 'pending') {
      await req.payload.update({ collection: 'subscribers', id: subscriber.id, data: { status: 'confirmed', confirmedAt: new Date().toISOString() }, overrideAccess: true, req })
    }
    const manage = recipientUrls(siteUrl, manageToken({ kind: 'subscriber', id: subscriber.id }, subscriber.linkKey!)).manage
    return subscriptionPage(
      200,
      'Đăng ký thành công',
      `<p>Từ nay bạn sẽ nhận thư theo lựa chọn của mình. Mỗi thư đều có liên kết để thay đổi hoặc hủy đăng ký; bạn cũng có thể <a href="${escapeHtml(manage)}">thay đổi lựa chọn ngay bây giờ</a>.</p>`,
      siteUrl,
    )
  },
}
