import type { Endpoint } from 'payload'
import { SUBSCRIPTION_API, SUBSCRIPTION_FIELDS } from '@reform/shared'
import { clientAddress } from '../../../publicEndpoints/clientAddress'
import { overLimit } from '../../../publicEndpoints/rateLimits'
import { mediaTypeOf, readCapped, readSubmissionBody } from '../../../publicEndpoints/readSubmissionBody'
import { cancelRecipient, linkedRecipient } from './linkedRecipient'

/** RFC 8058 allows the body as a plain form or as multipart/form-data; either says `List-Unsubscribe=One-Click`. */
async function isOneClick(request: Request): Promise<boolean> {
  if (mediaTypeOf(request.headers) !== 'multipart/form-data') {
    const body = await readSubmissionBody(request)
    return body.ok && body.data['List-Unsubscribe'] === 'One-Click'
  }
  const bytes = await readCapped(request.body)
  if (!bytes) return false
  const form = await new Response(Buffer.from(bytes), { headers: { 'content-type': request.headers.get('content-type')! } }).formData().catch(() => undefined)
  return form?.get('List-Unsubscribe') === 'One-Click'
}

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * `POST /api/subscribers/unsubscribe?t=` with `List-Unsubscribe=One-Click` (RFC 8058): a mail
 * client's unsubscribe button. It comes from the mail provider's servers, not the site, so no
 * Origin check; the personal token is the proof.
 */
export const unsubscribe: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const wait = await overLimit(req.payload, 'one-click-unsubscribe', clientAddress(req.headers))
    if (wait !== undefined) return text(429, 'Quá nhiều yêu cầu; vui lòng thử lại sau.')
    if (!(await isOneClick(req as Request))) return text(400, 'Thiếu List-Unsubscribe=One-Click (RFC 8058).')
    const recipient = await linkedRecipient(req, req.searchParams.get(SUBSCRIPTION_FIELDS.token))
    // Already gone (a second click, a subscriber who cancelled): the wish holds, so it is not an error.
    if (recipient) await cancelRecipient(req, recipient, req.searchParams.get('d'))
    return text(200, 'Đã hủy đăng ký nhận thư.')
  },
}

/** A person who opens the one-click address in a browser gets the page to change or cancel, not an unsubscribe. */
export const unsubscribeInBrowser: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const siteUrl = String(req.payload.config.custom?.siteUrl)
    const target = new URL(SUBSCRIPTION_API.manage.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`)
    for (const [name, value] of req.searchParams) target.searchParams.set(name, value)
    return new Response(null, { status: 303, headers: { location: target.href, 'cache-control': 'no-store' } })
  },
}
