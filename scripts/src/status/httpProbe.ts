export type Probe = { name: string; url: string; up: boolean; detail: string }

/**
 * Whether a local server answers `url` with 2xx, within a short wait (a busy machine still answers in
 * time). Asked as a browser asks: the mail catcher's inbox page answers only requests for HTML.
 */
export async function probe(name: string, url: string, timeoutMs = 3000): Promise<Probe> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual', headers: { accept: 'text/html' } })
    await response.body?.cancel()
    return { name, url, up: response.ok, detail: `HTTP ${response.status}` }
  } catch {
    return { name, url, up: false, detail: 'no answer' }
  }
}
