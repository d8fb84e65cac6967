import slugify from '@sindresorhus/slugify'

/** URL slug from Vietnamese text: "Đẩy mạnh cải cách" → "day-manh-cai-cach", same for NFD input. */
export function toSlug(value: string): string {
  return slugify(value.normalize('NFC'), { customReplacements: [['&', ' va ']] })
}

/** Slugs to try for a new document, in order: `base`, `base-2`, `base-3`…; `count` of them from the `from`-th. */
export function slugCandidates(base: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => (from + index === 1 ? base : `${base}-${from + index}`))
}
