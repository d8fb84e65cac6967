import http from 'node:http'
import { FEEDBACK_API, SUBSCRIPTION_API } from '@reform/shared'

/**
 * The CMS's public endpoints the local site server passes on, each with its methods, as nginx does
 * (deploy/nginx/site.conf). The subscription links in mails (confirm, manage, unsubscribe) open a
 * CMS page by GET whose button posts back to the same address; a mail provider's one-click
 * unsubscribe posts from its own servers, without Origin.
 */
export const PUBLIC_CMS_ENDPOINTS = new Map<string, ReadonlySet<string>>([
  [FEEDBACK_API.submit, new Set(['POST'])],
  [FEEDBACK_API.start, new Set(['GET'])],
  [FEEDBACK_API.status, new Set(['GET'])],
  [SUBSCRIPTION_API.subscribe, new Set(['POST'])],
  [SUBSCRIPTION_API.start, new Set(['GET'])],
  [SUBSCRIPTION_API.confirm, new Set(['GET', 'POST'])],
  [SUBSCRIPTION_API.manage, new Set(['GET', 'POST'])],
  [SUBSCRIPTION_API.unsubscribe, new Set(['GET', 'POST'])],
])

/** What the CMS's public endpoints read from a request; nothing else of the visitor's is sent. */
const PASSED_HEADERS = ['origin', 'content-type', 'accept', 'content-length']

/** Connection-level headers of the CMS's answer: this server sets its own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer'])

export const CMS_UNAVAILABLE = 'Hệ thống tiếp nhận góp ý và đăng ký nhận tin tạm thời không hoạt động; vui lòng thử lại sau.'

/** Longest wait for the CMS's answer, as nginx's default proxy_read_timeout. */
const TIMEOUT_MS = 60_000

/**
 * A handler that passes the CMS's public endpoints on to the CMS at `cmsUrl`, streaming the body both
 * ways. It returns false, leaving the response alone, for any other path or method. The CMS reads
 * the client's address from X-Real-IP: it is set here from the socket, and X-Forwarded-For is
 * replaced by it, so a visitor cannot pick the address their rate limit is counted against.
 */
export function cmsEndpointsProxy(cmsUrl: string): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const cms = new URL(cmsUrl)
  return (req, res) => {
    const url = req.url ?? '/'
    const pathname = url.split('?')[0]!
    if (!PUBLIC_CMS_ENDPOINTS.get(pathname)?.has(req.method ?? '')) return false

    const address = req.socket.remoteAddress ?? 'unknown'
    const headers: http.OutgoingHttpHeaders = { 'x-real-ip': address, 'x-forwarded-for': address }
    for (const name of PASSED_HEADERS) if (req.headers[name] !== undefined) headers[name] = req.headers[name]

    const upstream = http.request(new URL(url, cms), { method: req.method, headers, timeout: TIMEOUT_MS }, (answer) => {
      const back: http.OutgoingHttpHeaders = {}
      for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) back[name] = value
      res.writeHead(answer.statusCode ?? 502, back)
      answer.pipe(res)
      answer.once('error', () => res.destroy())
    })
    upstream.once('timeout', () => upstream.destroy(new Error('The CMS did not answer in time')))
    upstream.once('error', () => {
      if (res.headersSent) {
        res.destroy()
        return
      }
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      res.end(CMS_UNAVAILABLE)
    })
    // A visitor who goes away mid-request: the CMS's request goes too.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy()
    })
    req.pipe(upstream)
    return true
  }
}
