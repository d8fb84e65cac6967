import type { ZodType } from 'zod'
import { mirrorFile } from './mirrorFile'
import { listAll } from './payloadRest'

/** What a collection's documents are kept in: Astro's content-layer store, or the live renderer's own. */
export type DocumentStore = {
  keys(): Iterable<string>
  get(id: string): { data: Record<string, unknown> } | undefined
  set(entry: { id: string; data: Record<string, unknown>; digest?: string }): unknown
  delete(id: string): void
}

export type SyncOptions = {
  cms: string
  /** Payload collection slug, e.g. "articles". */
  slug: string
  /** The shared zod schema of the collection's public JSON. */
  schema: ZodType
  /** For upload collections: the URLs of a document's files, copied into `mirrorDir`. */
  files?: (doc: any) => Array<string | null | undefined>
  mirrorDir: string
  digest?: (data: Record<string, unknown>) => string
}

type Stamped = { id: number | string; updatedAt: string }
type Identified = Partial<Stamped> & { slug?: string; title?: string; name?: string }

/** Documents fetched in full per request once we know which ones changed. */
const FETCH_CHUNK = 100

function describe(collection: string, raw: unknown): string {
  const doc = (raw ?? {}) as Identified
  const label = doc.slug ?? doc.title ?? doc.name
  return `${collection} document id ${doc.id ?? '?'}${label ? ` ("${label}")` : ''}`
}

/**
 * Brings `store` up to date with the collection's public documents: lists every id and updatedAt
 * (cheap), drops entries the CMS no longer serves (deleted or unpublished), and fetches in full
 * only documents that are new or whose updatedAt changed. Comparing per document, rather than
 * keeping a "synced up to" time, stays right after a database restore or a clock change. Every
 * fetched document is validated; a bad one fails the sync naming it.
 */
export async function syncCollection(store: DocumentStore, { cms, slug, schema, files, mirrorDir, digest }: SyncOptions) {
  const live = new Map<string, string>()
  for await (const raw of listAll(cms, slug, { select: { updatedAt: true }, limit: 1000 })) {
    const doc = raw as Stamped
    live.set(String(doc.id), doc.updatedAt)
  }

  const removed: string[] = []
  for (const id of [...store.keys()]) {
    if (!live.has(id)) {
      store.delete(id)
      removed.push(id)
    }
  }

  const changed = [...live].filter(([id, updatedAt]) => (store.get(id)?.data as Identified | undefined)?.updatedAt !== updatedAt).map(([id]) => id)
  for (let start = 0; start < changed.length; start += FETCH_CHUNK) {
    const ids = changed.slice(start, start + FETCH_CHUNK)
    for await (const raw of listAll(cms, slug, { where: { id: { in: ids } }, limit: FETCH_CHUNK })) {
      const parsed = schema.safeParse(raw)
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
        throw new Error(`The CMS returned an invalid ${describe(slug, raw)}; fix it in the CMS admin and build again.\n  ${problems.join('\n  ')}`)
      }
      const data = parsed.data as Stamped & Record<string, unknown>
      for (const url of files?.(data) ?? []) if (url) await mirrorFile(url, mirrorDir, cms)
      store.set({ id: String(data.id), data, digest: digest?.(data) })
    }
  }
  return { fetched: changed.length, removed: removed.length, total: live.size }
}
