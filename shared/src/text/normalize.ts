/** Vietnamese text can arrive decomposed (NFD, e.g. pasted from macOS); we store and compare NFC only. */
export function toNFC(value: string): string {
  return value.normalize('NFC')
}

/** NFC-normalises every string inside plain data (objects, arrays), leaving other values as they are. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return toNFC(value) as T
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, normalizeDeep(item)])) as T
  }
  return value
}
