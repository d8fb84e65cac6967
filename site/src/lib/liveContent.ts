import type { DocumentStore, WithheldDocument } from '../loaders/syncCollection'

type Data = Record<string, unknown>

/**
 * The published documents as the live renderer (site/renderer) keeps them between
 * builds. Pages read from here when it is installed, else from Astro's content layer. It goes
 * through globalThis because the pages run from Astro's bundle, which has its own copy of this
 * module.
 */
export class LiveContent {
  /** Bumped on every change, so what pages worked out from the documents is worked out again. */
  version = 0
  readonly #collections = new Map<string, Map<string, Data>>()
  readonly #withheld = new Map<string, WithheldDocument[]>()

  #docs(slug: string): Map<string, Data> {
    let docs = this.#collections.get(slug)
    if (!docs) this.#collections.set(slug, (docs = new Map()))
    return docs
  }

  /** Takes a collection's documents as a content-layer sync left them. */
  adopt(slug: string, docs: Iterable<Data>): void {
    this.#collections.set(slug, new Map([...docs].map((data) => [String(data.id), data])))
    this.version++
  }

  /** The collection as a store syncCollection can bring up to date. */
  store(slug: string): DocumentStore {
    const docs = this.#docs(slug)
    const changed = () => this.version++
    return {
      keys: () => docs.keys(),
      get: (id) => {
        const data = docs.get(id)
        return data && { data }
      },
      set: ({ id, data }) => (docs.set(id, data), changed()),
      delete: (id) => (docs.delete(id), changed()),
    }
  }

  /** What the last sync of a collection left out as invalid (replaces what it left out before). */
  withhold(slug: string, withheld: WithheldDocument[]): void {
    this.#withheld.set(slug, withheld)
  }

  /** Every document the last syncs left out as invalid. */
  withheld(): WithheldDocument[] {
    return [...this.#withheld.values()].flat()
  }

  entries(slug: string): Data[] {
    return [...this.#docs(slug).values()]
  }
}

const KEY = Symbol.for('reform-news.liveContent')
const shared = globalThis as { [KEY]?: LiveContent }

export const liveContent = (): LiveContent | undefined => shared[KEY]

/** Called by the live renderer before Astro builds, so the build's sync fills it. */
export const installLiveContent = (): LiveContent => (shared[KEY] ??= new LiveContent())
