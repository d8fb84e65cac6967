import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FEEDBACK_API, SUBSCRIPTION_API } from '@reform/shared'
import { freePort } from '../src/process/ports'
import { CMS_UNAVAILABLE } from '../src/serve/proxyCmsEndpoints'
import { serveStatic } from '../src/serve/serveStatic'

// The local site server (`npm start`) with its CMS pass-through, over real HTTP: a small server
// stands in for the CMS and records every request it gets.

type Received = { method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }

let root: string
let received: Received[] = []
let cms: http.Server
let site: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'proxy-cms-'))
  writeFileSync(path.join(root, 'index.html'), '<p>Trang chủ</p>')
  writeFileSync(path.join(root, '404.html'), '<p>Không có trang này</p>')
  cms = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) })
      const html = req.url!.startsWith(FEEDBACK_API.status)
      res.writeHead(html ? 200 : 201, {
        'content-type': html ? 'text/html; charset=utf-8' : 'application/json',
        'cache-control': 'no-store',
        'x-from-cms': 'yes',
      })
      res.end(html ? '<p>Đã tiếp nhận</p>' : JSON.stringify({ ma: 'GY-1' }))
    })
  })
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  site = await serveStatic(root, await freePort(), '127.0.0.1', { cmsUrl: `http://127.0.0.1:${(cms.address() as AddressInfo).port}` })
})

afterAll(async () => {
  await site?.close()
  if (cms?.listening) await new Promise((resolve) => cms.close(resolve))
  rmSync(root, { recursive: true, force: true })
})

describe("the local site server's pass-through of the CMS's public endpoints", () => {
  it("passes a submission on with its body intact and the socket's address, whatever the client claims", async () => {
    received = []
    // Large enough to arrive in several chunks; Vietnamese, percent-encoded as a form sends it.
    const body = new URLSearchParams({ noiDung: 'Thủ tục cấp đổi giấy phép lái xe còn rườm rà. '.repeat(1_000), website: '' }).toString()
    const response = await fetch(`${site.url}${FEEDBACK_API.submit}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        origin: 'http://localhost:4321',
        'x-forwarded-for': '203.0.113.9',
        'x-real-ip': '203.0.113.9',
        cookie: 'payload-token=secret',
      },
      body,
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-from-cms')).toBe('yes')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ ma: 'GY-1' })

    expect(received).toHaveLength(1)
    const [request] = received
    expect(request!.method).toBe('POST')
    expect(request!.url).toBe(FEEDBACK_API.submit)
    expect(request!.body.toString()).toBe(body)
    expect(request!.headers['x-real-ip']).toBe('127.0.0.1')
    expect(request!.headers['x-forwarded-for']).toBe('127.0.0.1')
    expect(request!.headers.origin).toBe('http://localhost:4321')
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request!.headers.accept).toBe('application/json')
    expect(request!.headers['content-length']).toBe(String(Buffer.byteLength(body)))
    // Nothing else of the visitor's request: the CMS's admin session cookie, for one.
    expect(request!.headers.cookie).toBeUndefined()
  })

  it('passes the status lookup on with its query, and the start token request', async () => {
    received = []
    const status = await fetch(`${site.url}${FEEDBACK_API.status}?ma=GY-2026-ABC`)
    expect(status.status).toBe(200)
    expect(status.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await status.text()).toBe('<p>Đã tiếp nhận</p>')
    const start = await fetch(`${site.url}${FEEDBACK_API.start}`, { headers: { accept: 'application/json' } })
    expect(start.status).toBe(201)
    expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual([`GET ${FEEDBACK_API.status}?ma=GY-2026-ABC`, `GET ${FEEDBACK_API.start}`])
  })

  it("passes the subscription endpoints on with their methods and the personal link's query", async () => {
    received = []
    const link = '?t=s12.AbCdEfGhIjKlMnOpQrSt&d=7'
    const requests: Array<[string, string, string?]> = [
      ['GET', SUBSCRIPTION_API.start],
      ['POST', SUBSCRIPTION_API.subscribe, 'email=a%40example.vn&bulletins=on&reformAreas=1&reformAreas=3&frequency=daily&website=&startToken=x'],
      ['GET', `${SUBSCRIPTION_API.confirm}?t=12.1767225600000.sig`],
      ['POST', `${SUBSCRIPTION_API.confirm}?t=12.1767225600000.sig`, ''],
      ['GET', `${SUBSCRIPTION_API.manage}${link}`],
      ['POST', `${SUBSCRIPTION_API.manage}${link}`, 'action=cancel'],
      ['GET', `${SUBSCRIPTION_API.unsubscribe}${link}`],
    ]
    for (const [method, url, body] of requests) {
      const response = await fetch(`${site.url}${url}`, {
        method,
        headers: { origin: site.url, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
      })
      expect(response.headers.get('x-from-cms'), `${method} ${url}`).toBe('yes')
    }
    // A mail provider's one-click unsubscribe (RFC 8058): from its own servers, so no Origin.
    const oneClick = await fetch(`${site.url}${SUBSCRIPTION_API.unsubscribe}${link}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.headers.get('x-from-cms')).toBe('yes')
    expect(received.map(({ method, url }) => `${method} ${url}`)).toEqual([...requests.map(([method, url]) => `${method} ${url}`), `POST ${SUBSCRIPTION_API.unsubscribe}${link}`])
    expect(received[1]!.body.toString()).toBe(requests[1]![2])
    expect(received.at(-1)!.headers.origin).toBeUndefined()
    expect(received.at(-1)!.body.toString()).toBe('List-Unsubscribe=One-Click')
    expect(received.at(-1)!.headers['x-real-ip']).toBe('127.0.0.1')
  })

  it("passes nothing else on: other methods and other CMS paths get the site's 404 page", async () => {
    received = []
    for (const [method, url] of [
      ['GET', FEEDBACK_API.submit],
      ['POST', FEEDBACK_API.status],
      ['POST', FEEDBACK_API.start],
      ['GET', '/api/users'],
      ['GET', '/api/users/init'],
      ['POST', '/api/users/login'],
      ['GET', `${FEEDBACK_API.status}/`],
      ['GET', SUBSCRIPTION_API.subscribe],
      ['POST', SUBSCRIPTION_API.start],
      ['DELETE', `${SUBSCRIPTION_API.manage}?t=x`],
      ['PATCH', SUBSCRIPTION_API.subscribe],
      ['GET', `${SUBSCRIPTION_API.subscribe}/1`],
      ['GET', '/api/subscribers?where[email][exists]=true'],
      ['POST', `${SUBSCRIPTION_API.subscribe}/`],
      ['GET', '/api/mailing-lists'],
      ['GET', '/admin'],
    ] as const) {
      const response = await fetch(`${site.url}${url}`, { method, ...(method === 'POST' ? { body: 'a=1' } : {}) })
      expect(response.status, `${method} ${url}`).toBe(404)
      expect(await response.text(), `${method} ${url}`).toBe('<p>Không có trang này</p>')
    }
    expect(received).toEqual([])
    // The site's own files are still served.
    expect(await (await fetch(`${site.url}/`)).text()).toBe('<p>Trang chủ</p>')
  })

  it('answers 503 with a message in Vietnamese when the CMS is down', async () => {
    cms.closeAllConnections()
    await new Promise((resolve) => cms.close(resolve))
    const response = await fetch(`${site.url}${FEEDBACK_API.submit}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'noiDung=xin+ch%C3%A0o',
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe('Hệ thống tiếp nhận góp ý và đăng ký nhận tin tạm thời không hoạt động; vui lòng thử lại sau.')
    expect(CMS_UNAVAILABLE).toBe('Hệ thống tiếp nhận góp ý và đăng ký nhận tin tạm thời không hoạt động; vui lòng thử lại sau.')
    const status = await fetch(`${site.url}${FEEDBACK_API.status}?ma=X`)
    expect(status.status).toBe(503)
    expect((await fetch(`${site.url}${SUBSCRIPTION_API.start}`)).status).toBe(503)
  })
})
