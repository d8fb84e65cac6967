import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { listPage } from '../src/loaders/payloadRest'

const page = { docs: [{ id: 1 }], totalDocs: 1, limit: 100, totalPages: 1, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null }

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A CMS stand-in whose answers follow `script`, one entry a request (the last one repeats). */
async function cmsAnswering(script: Array<'drop' | 'cut' | number>): Promise<{ url: string; requests: () => number }> {
  let requests = 0
  server = http.createServer((request, response) => {
    const step = script[Math.min(requests++, script.length - 1)]!
    if (step === 'drop') return request.socket.destroy()
    if (step === 'cut') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      response.write('{"docs":[')
      return setTimeout(() => request.socket.destroy(), 20)
    }
    response.writeHead(step, { 'content-type': 'application/json' })
    response.end(step === 200 ? JSON.stringify(page) : JSON.stringify({ errors: [{ message: 'no' }] }))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests }
}

describe("the site's reads of the CMS", () => {
  it('survive a dropped connection, a body cut short and a CMS restarting, asking again after a pause', async () => {
    const cms = await cmsAnswering(['drop', 'cut', 503, 200])
    const read = await listPage(cms.url, 'articles')
    expect(read.docs).toEqual([{ id: 1 }])
    expect(cms.requests()).toBe(4)
  }, 30_000)

  it('fail at once on an answer that asking again cannot change', async () => {
    const cms = await cmsAnswering([400])
    await expect(listPage(cms.url, 'articles')).rejects.toThrow(/The CMS answered 400 Bad Request/)
    expect(cms.requests()).toBe(1)
  })

  it('give up after the last try with what went wrong', async () => {
    const cms = await cmsAnswering([503])
    await expect(listPage(cms.url, 'articles')).rejects.toThrow(/The CMS answered 503/)
    expect(cms.requests()).toBe(5)
  }, 30_000)
})
