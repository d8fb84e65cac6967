import http from 'node:http'
import { FEEDBACK_API } from '@reform/shared'

/** The CMS endpoints the local site server passes on, each with its one method: as nginx does (deploy/nginx/site.conf). */
const ENDPOINTS = new Map<string, string>([
  [FEEDBACK_API.submit, 'POST'],
  [FEEDBACK_API.start, 'GET'],
  [FEEDBACK_API.status, 'GET'],
])

/** What the CMS's feedback endpoints read from a request; nothing else of the visitor's is sent. */
const PASSED_HEADERS = ['origin', 'content-type', 'accept', 'content-length']

/** Connection-level headers of the CMS's answer: this server sets its own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer'])

export const CMS_UNAVAILABLE = 'Hệ thống tiếp nhận góp ý tạm thời không hoạt động; vui lòng thử lại sau.'

/** Longest wait for the CMS's answer, as nginx's default proxy_read_timeout. */
const TIMEOUT_MS = 60_000

/**
 * A handler that passes the feedback endpoints on to the CMS at `cmsUrl`, streaming the body both
 * ways. It returns false, leaving the response alone, for any other path or method. The CMS reads
 * the client's address from X-Real-IP: it is set here from the socket, and X-Forwarded-For is
 * replaced by it, so a visitor cannot pick the address their rate limit is counted against.
 */
export function feedbackProxy(cmsUrl: string): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const cms = new URL(cmsUrl)
  return (req, res) => {
    const url = req.url ?? '/'
    const pathname = url.split('?')[0]!
    if (ENDPOINTS.get(pathname) !== req.method) return false

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
