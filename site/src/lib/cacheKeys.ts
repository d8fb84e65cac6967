import { createHash } from 'node:crypto'
import { liveContent } from './liveContent'
import { siteInfo } from './siteInfo'

type Doc = { id: number; updatedAt: string }

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && 'id' in value && 'updatedAt' in value

const hash = (text: string) => createHash('sha1').update(text).digest('base64url')

// A document is shared by many pages (an article is in its page, listings, feeds): digest it once.
const digests = new WeakMap<object, string>()

function replacer(key: string, value: unknown): unknown {
  return key !== '' && isDoc(value) ? digestOf(value) : value
}

function digestOf(doc: Doc): string {
  let digest = digests.get(doc)
  if (digest === undefined) {
    digest = hash(JSON.stringify(doc, replacer))
    digests.set(doc, digest)
  }
  return digest
}

/**
 * A path's key: its params, and each prop digested on its own, once for all the paths that share
 * it (a facet page's menu lists every facet: in each page's key whole, it cost the square of their number).
 */
function cacheKeyOf(params: unknown, props: unknown, shared: Map<object, string>): string {
  const digested =
    typeof props === 'object' && props !== null
      ? Object.fromEntries(
          Object.entries(props).map(([name, value]) => {
            if (typeof value !== 'object' || value === null) return [name, value]
            if (isDoc(value)) return [name, digestOf(value)]
            let digest = shared.get(value)
            if (digest === undefined) shared.set(value, (digest = hash(JSON.stringify(value, replacer))))
            return [name, digest]
          }),
        )
      : (props ?? null)
  return hash(JSON.stringify([siteInfo, params, digested], replacer))
}

/** What a key was computed from: a copy down to the documents, which are never changed in place (so kept as they are). */
type Inputs = unknown
/** Stands for a value the copy cannot tell the sameness of (a Date, a Map …): never the same. */
const UNKNOWN = Symbol('unknown')

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** `copies`: what was copied in this call already, so a value many paths share is copied (and kept) once. */
function copyOf(value: unknown, copies: Map<object, Inputs>): Inputs {
  if (typeof value !== 'object' || value === null || isDoc(value)) return typeof value === 'function' ? UNKNOWN : value
  let copy = copies.get(value)
  if (copy === undefined) {
    if (Array.isArray(value)) copy = value.map((item) => copyOf(item, copies))
    else if (isPlain(value)) copy = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, copyOf(item, copies)]))
    else copy = UNKNOWN
    copies.set(value, copy)
  }
  return copy
}

/** Whether `value` is what `copy` was copied from, as far as a key can tell. `same`: what this call found the same already. */
function isSame(value: unknown, copy: Inputs, same: Map<object, Inputs>): boolean {
  if (typeof value !== 'object' || value === null || isDoc(value)) return typeof value !== 'function' && Object.is(value, copy)
  if (typeof copy !== 'object' || copy === null) return false
  if (same.get(value) === copy) return true
  let equal: boolean
  if (Array.isArray(value)) equal = Array.isArray(copy) && copy.length === value.length && value.every((item, index) => isSame(item, copy[index], same))
  else if (isPlain(value) && !Array.isArray(copy)) {
    const names = Object.keys(value)
    const copied = Object.keys(copy)
    equal =
      names.length === copied.length &&
      names.every((name, index) => name === copied[index] && isSame((value as Record<string, unknown>)[name], (copy as Record<string, unknown>)[name], same))
  } else equal = false
  if (equal) same.set(value, copy)
  return equal
}

type Known = { inputs: Inputs; cacheKey: string; round: number }

/**
 * The keys of the paths of the last round (the live renderer asks every route again on each
 * update), by their params and the names of their props. A path whose inputs are the same objects
 * (documents) and values as last time keeps its key without being serialised and hashed again.
 */
const known = new Map<string, Known>()
/** The live content's version the keys were last asked for: what was not asked for in the round before is forgotten. */
let round = -1

const idOf = (path: { params: unknown; props?: unknown }) =>
  `${JSON.stringify(path.params)}|${typeof path.props === 'object' && path.props !== null ? Object.keys(path.props).join() : ''}`

/**
 * Gives each static path a `cacheKey` of everything it renders from: its params and props (the
 * documents in them with their resolved relations) and the site's settings. The builder's renderer
 * (site/renderer) renders a page again only when that key or the site's code changes,
 * so a page must get all its data through props.
 */
export function withCacheKeys<T extends { params: unknown; props?: unknown }>(paths: T[]): (T & { cacheKey: string })[] {
  const shared = new Map<object, string>()
  // Only the live renderer asks again; a single build keeps nothing.
  const live = liveContent()
  if (!live) return paths.map((path) => ({ ...path, cacheKey: cacheKeyOf(path.params, path.props, shared) }))
  if (live.version !== round) {
    for (const [id, entry] of known) if (entry.round !== round) known.delete(id)
    round = live.version
  }
  const copies = new Map<object, Inputs>()
  const same = new Map<object, Inputs>()
  return paths.map((path) => {
    const id = idOf(path)
    const inputs = [siteInfo, path.params, path.props]
    let entry = known.get(id)
    if (entry && isSame(inputs, entry.inputs, same)) entry.round = round
    else known.set(id, (entry = { inputs: copyOf(inputs, copies), cacheKey: cacheKeyOf(path.params, path.props, shared), round }))
    return { ...path, cacheKey: entry.cacheKey }
  })
}
