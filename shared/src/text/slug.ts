import slugify from '@sindresorhus/slugify'

/** URL slug from Vietnamese text: "Đẩy mạnh cải cách" → "day-manh-cai-cach", same for NFD input. */
export function toSlug(value: string): string {
  return slugify(value.normalize('NFC'), { customReplacements: [['&', ' va ']] })
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function firstFreeSlug(base: string, isTaken: (candidate: string) => boolean): string {
  let candidate = base
  for (let n = 2; isTaken(candidate); n++) candidate = `${base}-${n}`
  return candidate
}
