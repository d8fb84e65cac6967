import { toSlug } from '@reform/shared'

const ATTEMPTS = 50

/**
 * Titles (or names) whose slugs never repeat within a collection. The slug hook gives a repeated
 * title the first free "-2" suffix, but two creates in flight at once would both pick the same
 * one and the second would fail on the unique index; distinct titles keep lanes independent.
 */
export class UniqueTitles {
  #slugs = new Set<string>()

  /** The first thing `compose` makes whose title is new. */
  draw<T extends { title: string }>(compose: () => T): T {
    let title = ''
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const made = compose()
      title = made.title
      const slug = toSlug(title)
      if (!this.#slugs.has(slug)) {
        this.#slugs.add(slug)
        return made
      }
    }
    throw new Error(`No new title after ${ATTEMPTS} attempts (the last was "${title}"): the phrase pools are too small for this corpus.`)
  }
}
