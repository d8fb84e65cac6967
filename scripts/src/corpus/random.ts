import { createHash } from 'node:crypto'

/**
 * A seeded pseudo-random source (mulberry32), so the same seed plans the same corpus on every run.
 * Each part of the corpus takes its own seed, so changing how one part is drawn leaves the others.
 */
export class Random {
  #state: number

  constructor(seed: string) {
    this.#state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** A number from `min` to `max` rounded to `decimals` places. */
  decimal(min: number, max: number, decimals = 1): number {
    return Number((min + this.next() * (max - min)).toFixed(decimals))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('Cannot pick from an empty list.')
    return list[Math.floor(this.next() * list.length)]!
  }

  /** One of `list`, each as likely as its weight. */
  weighted<T>(list: readonly T[], weight: (item: T) => number): T {
    const total = list.reduce((sum, item) => sum + weight(item), 0)
    let target = this.next() * total
    for (const item of list) {
      target -= weight(item)
      if (target < 0) return item
    }
    return list[list.length - 1]!
  }

  /** A copy of `list` in random order (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }

  /** `count` different items of `list` (all of it when shorter). */
  sample<T>(list: readonly T[], count: number): T[] {
    return this.shuffle(list).slice(0, count)
  }
}
