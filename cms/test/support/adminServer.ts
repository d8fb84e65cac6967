import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitForHttp } from '../../../scripts/src/process/waitForHttp'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

export type AdminServer = { url: string; log: () => string; stop: () => Promise<void> }

/**
 * The real admin (Payload's Next app, `next dev`, which compiles each route on its first request)
 * on 127.0.0.1:`port`, against the database and media folder in `env`; ready once it answers its
 * login page, which compiles the admin route. Next allows one `next dev` per folder: a developer's
 * own `npm run dev` makes this fail with Next's message, shown with the error.
 */
export async function startAdminServer(port: number, env: Record<string, string>): Promise<AdminServer> {
  const lines: string[] = []
  const child = spawn(process.execPath, [nextBin, 'dev', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: cmsDir,
    // Its own process group, so that stopping it stops Next's workers too.
    detached: true,
    env: { ...process.env, ...env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', JOBS_AUTORUN: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean))
    if (lines.length > 400) lines.splice(0, lines.length - 400)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    const killed = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }, 10_000)
    await exited
    clearTimeout(killed)
  }
  const url = `http://127.0.0.1:${port}`
  const controller = new AbortController()
  void exited.then(() => controller.abort())
  try {
    await waitForHttp(`${url}/admin/login`, { timeoutMs: 400_000, what: 'The admin (next dev)', signal: controller.signal })
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\nIts last lines:\n${lines.slice(-30).join('\n')}`)
  }
  return { url, log: () => lines.join('\n'), stop }
}
