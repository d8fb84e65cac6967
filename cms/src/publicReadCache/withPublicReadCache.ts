import { LRUCache } from 'lru-cache'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { poolOf } from '../mail/sending/deliveryStore'
import { databaseSnapshot } from './databaseSnapshot'
import { isCacheableRead } from './isCacheableRead'

type RouteHandler<Args> = (request: Request, args: Args) => Promise<Response>

type StoredAnswer = { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> }

/** Header saying whether an anonymous read was answered from the cache, for operators and tests. */
export const CACHE_HEADER = 'x-public-read-cache'

const MAX_BYTES = 64 * 1024 * 1024

/**
 * Answers repeated anonymous reads of public collections from memory while the database has not
 * changed. Payload spends ~20 ms of its one thread's CPU computing a page of 50 articles at depth 1
 * (building SQL, walking fields, populating relations, JSON), which caps computed reads near 30–45
 * requests/s; the builder, the preview and newsrooms' readers ask the same pages again and again
 * between publishes. Concurrent misses for one page share one computation; only 200 answers are kept.
 */
export function withPublicReadCache<Args>(handler: RouteHandler<Args>, config: Promise<SanitizedConfig> | SanitizedConfig): RouteHandler<Args> {
  const answers = new LRUCache<string, StoredAnswer, { request: Request; args: Args }>({
    maxSize: MAX_BYTES,
    sizeCalculation: (answer) => answer.body.byteLength + 200,
    ttl: 10 * 60_000,
    fetchMethod: async (_key, _stale, { context }) => {
      const response = await handler(context.request, context.args)
      const body = new Uint8Array(await response.arrayBuffer()) as Uint8Array<ArrayBuffer>
      const headers = [...response.headers].filter(([name]) => name !== 'set-cookie')
      return { status: response.status, headers, body }
    },
  })

  // Loaded once, not per request; a failed start is tried again by the next read.
  let loading: Promise<Payload> | undefined
  const payloadOnce = () =>
    (loading ??= getPayload({ config }).catch((error: unknown) => {
      loading = undefined
      throw error
    }))

  return async (request, args) => {
    if (!isCacheableRead(request)) return handler(request, args)
    const key = `${await databaseSnapshot(poolOf(await payloadOnce()))} ${request.url}`
    const cached = answers.has(key)
    const answer = (await answers.fetch(key, { context: { request, args } }))!
    if (answer.status !== 200) answers.delete(key)
    const headers = new Headers(answer.headers)
    headers.set(CACHE_HEADER, cached ? 'hit' : 'miss')
    return new Response(answer.body, { status: answer.status, headers })
  }
}
