import type { Browser } from 'playwright-core'

export type Transfer = { url: string; type: string; bytes: number }
export type FirstView = { total: number; fonts: number; transfers: Transfer[] }

/**
 * What a first visit to `url` transfers, images aside: every response's bytes on the wire (headers
 * and body, as the DevTools Network panel's "transferred"), from a fresh context (empty cache),
 * counted by Chromium itself (`Network.loadingFinished`'s `encodedDataLength`).
 */
export async function firstView(browser: Browser, url: string, viewport = { width: 360, height: 800 }): Promise<FirstView> {
  const context = await browser.newContext({ viewport })
  try {
    const page = await context.newPage()
    const session = await context.newCDPSession(page)
    await session.send('Network.enable')
    await session.send('Network.setCacheDisabled', { cacheDisabled: true })
    const requests = new Map<string, { url: string; type: string }>()
    const transfers: Transfer[] = []
    session.on('Network.responseReceived', (event) => requests.set(event.requestId, { url: event.response.url, type: event.type }))
    session.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId)
      if (request) transfers.push({ ...request, bytes: event.encodedDataLength })
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    const counted = transfers.filter((transfer) => transfer.type !== 'Image')
    const sum = (list: Transfer[]) => list.reduce((total, transfer) => total + transfer.bytes, 0)
    return { total: sum(counted), fonts: sum(counted.filter((transfer) => transfer.type === 'Font')), transfers: counted }
  } finally {
    await context.close()
  }
}
