import type { ZodType } from 'zod'
import { publicProblems, type PublicProblem } from '@reform/shared'
import { mirrorFile } from './mirrorFile'
import { listAll, listPage } from './payloadRest'

/** What a collection's documents are kept in: Astro's content-layer store, or the live renderer's own. */
export type DocumentStore = {
  keys(): Iterable<string>
  get(id: string): { data: Record<string, unknown> } | undefined
  set(entry: { id: string; data: Record<string, unknown>; digest?: string }): unknown
  delete(id: string): void
}

/** What an upload document's public JSON says of its files: the original and every image size. */
export type UploadUrls = { url?: string | null; sizes?: Record<string, { url?: string | null }> | null }

export type SyncOptions = {
  cms: string
  /** Payload collection slug, e.g. "articles". */
  slug: string
  /** The shared zod schema of the collection's public JSON. */
  schema: ZodType
  /** For upload collections: the URLs of a document's files, copied into `mirrorDir`. */
  files?: (doc: UploadUrls) => Array<string | null | undefined>
  mirrorDir: string
  digest?: (data: Record<string, unknown>) => string
  /** Told the site path (`/media/…`) of each file downloaded into the mirror. */
  mirrored?: (sitePath: string) => void
}

type Stamped = { id: number | string; updatedAt: string }
type Identified = Partial<Stamped> & { slug?: string; title?: string; name?: string }

/** Documents fetched in full per request once we know which ones changed. */
const FETCH_CHUNK = 100
/** Documents per request when a whole collection is fetched in full. */
const FULL_PAGE = 250

/** A public document the site left out because it fails the shared schema: which, and why (field, Vietnamese message). */
export type WithheldDocument = { collection: string; id: string; title?: string; problems: PublicProblem[] }

export type SyncResult = { fetched: number; removed: number; total: number; withheld: WithheldDocument[] }

/**
 * Validates and keeps documents the CMS returned in full (and mirrors their files); returns how many
 * it fetched. A document that fails the schema is withheld: taken out of the store (its page goes
 * too, and references to it are dropped as for an unpublished one) and listed in `withheld`, so one
 * bad document never stops the build of the others.
 */
async function keep(
  store: DocumentStore,
  docs: AsyncIterable<unknown> | Iterable<unknown>,
  { cms, slug, schema, files, mirrorDir, digest, mirrored }: SyncOptions,
  withheld: WithheldDocument[],
) {
  let kept = 0
  for await (const raw of docs) {
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      const doc = (raw ?? {}) as Identified
      const id = String(doc.id ?? '?')
      store.delete(id)
      withheld.push({ collection: slug, id, title: doc.title ?? doc.name ?? doc.slug, problems: publicProblems(schema, raw) })
      kept++
      continue
    }
    const data = parsed.data as Stamped & Record<string, unknown>
    for (const url of files?.(data as UploadUrls) ?? []) {
      if (!url) continue
      const file = await mirrorFile(url, mirrorDir, cms)
      mirrored?.(file)
    }
    store.set({ id: String(data.id), data, digest: digest?.(data) })
    kept++
  }
  return kept
}

/** Fetches the documents with these ids in full and keeps them. */
async function fetchInFull(store: DocumentStore, ids: string[], options: SyncOptions, withheld: WithheldDocument[]) {
  for (let start = 0; start < ids.length; start += FETCH_CHUNK) {
    await keep(store, listAll(options.cms, options.slug, { where: { id: { in: ids.slice(start, start + FETCH_CHUNK) } }, limit: FETCH_CHUNK }), options, withheld)
  }
}

const updatedAtOf = (store: DocumentStore, id: string) => (store.get(id)?.data as Identified | undefined)?.updatedAt

/**
 * Brings `store` up to date with the collection's public documents: lists every id and updatedAt
 * (cheap), drops entries the CMS no longer serves (deleted or unpublished), and fetches in full
 * only documents that are new or whose updatedAt changed. Comparing per document, rather than
 * keeping a "synced up to" time, stays right after a database restore or a clock change. Every
 * fetched document is validated; a bad one is withheld (see `keep`). A withheld document is not held,
 * so every later sync fetches and checks it again until it is fixed.
 */
export async function syncCollection(store: DocumentStore, options: SyncOptions): Promise<SyncResult> {
  const { cms, slug } = options
  if ([...store.keys()].length === 0) {
    // Nothing held yet (a first build): every document is fetched in full anyway, so no listing first.
    const withheld: WithheldDocument[] = []
    const fetched = await keep(store, listAll(cms, slug, { limit: FULL_PAGE }), options, withheld)
    return { fetched, removed: 0, total: fetched, withheld }
  }
  const live = new Map<string, string>()
  for await (const raw of listAll(cms, slug, { select: { updatedAt: true }, limit: 1000 })) {
    const doc = raw as Stamped
    live.set(String(doc.id), doc.updatedAt)
  }

  let removed = 0
  for (const id of [...store.keys()]) {
    if (!live.has(id)) {
      store.delete(id)
      removed++
    }
  }

  const changed = [...live].filter(([id, updatedAt]) => updatedAtOf(store, id) !== updatedAt).map(([id]) => id)
  const withheld: WithheldDocument[] = []
  await fetchInFull(store, changed, options, withheld)
  return { fetched: changed.length, removed, total: live.size, withheld }
}

/**
 * How long before the previous sync a sync looks again: a transaction that saved a document before
 * that sync may have committed after it (a request's transaction lasts well under this).
 */
const LOOK_BACK_MS = 60_000

/**
 * The quick way to the same result, for a store kept between builds and last synced without
 * error at `previousSync` (ms): only documents saved since shortly before then are listed, and
 * those not already held fetched. One more request tells the collection's count: if it still
 * differs (something was unpublished or deleted), syncCollection compares every document.
 */
export async function syncRecentChanges(store: DocumentStore, options: SyncOptions, previousSync: number): Promise<SyncResult> {
  const { cms, slug } = options
  const since = new Date(previousSync - LOOK_BACK_MS).toISOString()
  const changed: string[] = []
  for await (const raw of listAll(cms, slug, { where: { updatedAt: { greater_than: since } }, select: { updatedAt: true }, limit: 1000 })) {
    const doc = raw as Stamped
    if (updatedAtOf(store, String(doc.id)) !== doc.updatedAt) changed.push(String(doc.id))
  }
  const withheld: WithheldDocument[] = []
  await fetchInFull(store, changed, options, withheld)
  const { totalDocs } = await listPage(cms, slug, { select: { updatedAt: true }, limit: 1 })
  if ([...store.keys()].length === totalDocs) return { fetched: changed.length, removed: 0, total: totalDocs, withheld }
  // Also when a document is withheld (not held): the full comparison fetches and checks it again.
  const full = await syncCollection(store, options)
  return { ...full, fetched: full.fetched + changed.length }
}
