import type { PayloadRequest } from 'payload'
import { clientAddress } from './clientAddress'
import { overLimit, type LimitedEndpoint } from './rateLimits'
import { mediaTypeOf } from './readSubmissionBody'

/** A page for a refusal, for the no-script path: each public feature has its own look and links. */
export type RefusalPage = (status: number, message: string, siteUrl: string, headers?: Record<string, string>) => Response

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
export function answerFor(req: PayloadRequest, page: RefusalPage, { alwaysJson = false } = {}): Answer {
  const siteUrl = String(req.payload.config.custom?.siteUrl)
  const json = alwaysJson || (req.headers.get('accept') ?? '').toLowerCase().includes('application/json') || mediaTypeOf(req.headers) === 'application/json'
  return {
    siteUrl,
    json,
    refuse: (status, message, headers = {}) =>
      json ? Response.json({ errors: [{ field: 'form', message }] }, { status, headers: { ...NO_STORE, ...headers } }) : page(status, message, siteUrl, headers),
  }
}

export const jsonNoStore = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE })

type Checks = {
  /** What a request from another site is told (in Vietnamese). Omitted: any origin may call (a mail provider's one-click unsubscribe). */
  foreignOrigin?: string
}

/**
 * The checks every public endpoint makes first: the request comes from the site (a browser says
 * where from in Origin) and the client is within its rate limit. A response when not.
 */
export async function refusedPublicRequest(req: PayloadRequest, endpoint: LimitedEndpoint, answer: Answer, { foreignOrigin }: Checks = {}): Promise<Response | undefined> {
  const origin = req.headers.get('origin')
  if (foreignOrigin !== undefined && origin !== null && origin !== new URL(answer.siteUrl).origin) return answer.refuse(403, foreignOrigin)
  const wait = await overLimit(req.payload, endpoint, clientAddress(req.headers))
  if (wait !== undefined) {
    const minutes = Math.ceil(wait / 60)
    return answer.refuse(429, `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút.`, { 'retry-after': String(wait) })
  }
  return undefined
}
