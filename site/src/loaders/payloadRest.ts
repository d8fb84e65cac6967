import pRetry, { AbortError } from 'p-retry'
import { stringify } from 'qs-esm'
import { listPageSchema, type ListPage } from '@reform/shared'

export type Where = Record<string, unknown>

type ListQuery = { where?: Where; select?: Record<string, true>; limit?: number; sort?: string }

/** Answers worth asking again: the CMS restarting or overloaded, or a proxy before it. */
const TRANSIENT_STATUSES = new Set([502, 503, 504])

/** Tries of one GET (the first and its retries) and the first pause: 0.5, 1, 2, 4 s between them. */
export const READ_RETRIES = { retries: 4, minTimeout: 500 }

/**
 * One GET of the CMS's JSON. A GET is idempotent, so a dropped connection or a transient answer is
 * tried again after a growing pause instead of failing the whole build; anything else fails at once.
 */
async function getJson(url: string): Promise<unknown> {
  return pRetry(
    async () => {
      let response: Response
      try {
        response = await fetch(url, { headers: { accept: 'application/json' } })
      } catch (error) {
        const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
        throw new Error(
          `Cannot reach the CMS at ${new URL(url).origin} (${cause}). Start it (\`npm start\` starts everything) ` +
            'or set CMS_URL to where it runs, then build again. Nothing was built; the previous output is unchanged.',
          { cause: error },
        )
      }
      if (!response.ok) {
        const body = (await response.text()).slice(0, 300)
        const problem = new Error(`The CMS answered ${response.status} ${response.statusText} for ${url}: ${body}`)
        throw TRANSIENT_STATUSES.has(response.status) ? problem : new AbortError(problem)
      }
      // A connection dropped in the middle of the body is as transient as one dropped before it.
      return response.json()
    },
    {
      ...READ_RETRIES,
      onFailedAttempt: ({ error, attemptNumber, retriesLeft, retryDelay }) => {
        if (retriesLeft > 0) console.warn(`CMS read failed (try ${attemptNumber}: ${error.message}); trying again in ${retryDelay} ms.`)
      },
    },
  )
}

/** One page of a collection's documents matching `query`, with the total count. */
export async function listPage(cms: string, collection: string, query: ListQuery & { page?: number } = {}): Promise<ListPage> {
  const search = stringify({ depth: 0, limit: 100, page: 1, ...query }, { addQueryPrefix: true })
  const url = `${cms}/api/${collection}${search}`
  const parsed = listPageSchema.safeParse(await getJson(url))
  if (!parsed.success) throw new Error(`The CMS returned something that is not a list page for ${url}: ${parsed.error.message}`)
  return parsed.data
}

/**
 * Every document of a collection matching `query`, read anonymously (no draft parameter:
 * anonymous reads are published-only by the CMS's access rules), in id order a page at a time,
 * each page starting after the last id seen: a document deleted meanwhile cannot make the next
 * page skip one.
 */
export async function* listAll(cms: string, collection: string, query: ListQuery = {}): AsyncGenerator<unknown> {
  let after: number | string | undefined
  for (;;) {
    const where = after === undefined ? query.where : { and: [...(query.where ? [query.where] : []), { id: { greater_than: after } }] }
    const { docs, hasNextPage } = await listPage(cms, collection, { ...query, where, sort: 'id' })
    yield* docs
    const last = docs.at(-1) as { id?: number | string } | undefined
    if (!hasNextPage || last?.id === undefined) return
    after = last.id
  }
}
