import http from 'node:http'
import { chromium, type Browser } from 'playwright-core'
import sirv from 'sirv'

/** Debian's Chromium, as this machine has it (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Serves a built site as a static web server would, on loopback. */
export async function serveStatic(root: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(sirv(root, { dev: true, extensions: ['html'] }))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
