/**
 * Waits for keys in turn (sorted, so two holders never wait on each other), runs `work`, releases
 * them. Lanes use it so two items never make the same image, or take the same slug, at once: each
 * item's transaction would not see the other's until it commits.
 */
export class KeyedLocks {
  readonly #held = new Map<string, Promise<void>>()

  async with<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    const releases: Array<() => void> = []
    for (const key of [...new Set(keys)].sort()) {
      while (this.#held.has(key)) await this.#held.get(key)
      let release!: () => void
      this.#held.set(key, new Promise<void>((resolve) => (release = resolve)))
      releases.push(() => {
        this.#held.delete(key)
        release()
      })
    }
    try {
      return await work()
    } finally {
      for (const release of releases) release()
    }
  }
}
