/** Polls `url` until it answers 2xx, or fails after `timeoutMs` with a message naming it. */
export async function waitForHttp(url: string, { timeoutMs, what }: { timeoutMs: number; what: string }): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${what} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s; see its log lines above.`)
}
