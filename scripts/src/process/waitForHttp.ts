import { setTimeout as sleep } from 'node:timers/promises'

type Options = {
  timeoutMs: number
  what: string
  signal?: AbortSignal
  /** Any HTTP answer will do (the server listens), not only 2xx. */
  anyStatus?: boolean
}

/** Polls `url` until it answers 2xx, or fails after `timeoutMs` (or when `signal` aborts) with a message naming it. */
export async function waitForHttp(url: string, { timeoutMs, what, signal, anyStatus = false }: Options): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    signal?.throwIfAborted()
    try {
      const response = await fetch(url, { signal: AbortSignal.any([AbortSignal.timeout(30_000), ...(signal ? [signal] : [])]) })
      await response.body?.cancel()
      if (response.ok || anyStatus) return
    } catch {
      // Not listening yet.
    }
    await sleep(1000, undefined, { signal }).catch(() => {})
  }
  throw new Error(`${what} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s; see its log lines above.`)
}
