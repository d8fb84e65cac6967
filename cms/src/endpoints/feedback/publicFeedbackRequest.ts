import type { PayloadRequest } from 'payload'
import { clientAddress } from '../../feedback/clientAddress'
import { messagePage } from '../../feedback/feedbackPages'
import { overLimit, type LimitedEndpoint } from '../../feedback/rateLimits'
import { mediaTypeOf } from '../../feedback/readSubmissionBody'

export type Answer = {
  siteUrl: string
  /** The caller is the site's script (JSON), not a plain form or link (an HTML page). */
  json: boolean
  refuse: (status: number, message: string, headers?: Record<string, string>) => Response
}

const NO_STORE = { 'cache-control': 'no-store' }

/**
 * How to answer this request: JSON for the site's script (or always, for an endpoint only scripts
 * call), an HTML page for a plain form post or link.
 */
export function answerFor(req: PayloadRequest, { alwaysJson = false } = {}): Answer {
  const siteUrl = String(req.payload.config.custom?.siteUrl)
  const json =
    alwaysJson || (req.headers.get('accept') ?? '').toLowerCase().includes('application/json') || mediaTypeOf(req.headers) === 'application/json'
  return {
    siteUrl,
    json,
    refuse: (status, message, headers = {}) =>
      json ? Response.json({ errors: [{ field: 'form', message }] }, { status, headers: { ...NO_STORE, ...headers } }) : messagePage(status, message, siteUrl, headers),
  }
}

export const jsonNoStore = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE })

/**
 * The checks every public feedback endpoint makes first: the request comes from the site (a
 * browser says where from in Origin) and the client is within its rate limit. A response when not.
 */
export async function refusedPublicRequest(req: PayloadRequest, endpoint: LimitedEndpoint, answer: Answer): Promise<Response | undefined> {
  const origin = req.headers.get('origin')
  if (origin !== null && origin !== new URL(answer.siteUrl).origin) {
    return answer.refuse(403, 'Góp ý chỉ gửi được từ trang thông tin của cơ quan.')
  }
  const wait = await overLimit(req.payload, endpoint, clientAddress(req.headers))
  if (wait !== undefined) {
    const minutes = Math.ceil(wait / 60)
    return answer.refuse(429, `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút.`, { 'retry-after': String(wait) })
  }
  return undefined
}
