/** How long a remote file may take and how large it may be: a feed, an enclosure, an image in a body. */
export const FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 } as const

/**
 * The bytes at `url` (http or https), refused past the time or size limit without reading the rest:
 * a slow or huge answer never holds an import up.
 */
export async function fetchLimited(url: string, { timeoutMs, maxBytes } = FETCH_LIMITS): Promise<{ data: Buffer; type?: string }> {
  if (!/^https?:\/\//i.test(url)) throw new Error(`not an http(s) address: ${url}`)
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' }).catch((error: unknown) => {
    throw new Error(
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : `cannot fetch: ${error instanceof Error ? error.message : String(error)}`,
    )
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) throw new Error(`larger than ${maxBytes / 1024 / 1024} MB`)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of (response.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length
      if (size > maxBytes) throw new Error(`larger than ${maxBytes / 1024 / 1024} MB`)
      chunks.push(Buffer.from(chunk))
    }
  } catch (error) {
    await response.body?.cancel().catch(() => {})
    throw error instanceof Error && error.name === 'TimeoutError' ? new Error(`not received within ${timeoutMs / 1000} s`) : error
  }
  return { data: Buffer.concat(chunks), type: response.headers.get('content-type') ?? undefined }
}
