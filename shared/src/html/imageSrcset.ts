type Sized = { url?: string | null; width?: number | null }

/** `srcset` listing an image's generated sizes and its original, smallest first. */
export function imageSrcset(image: Sized & { sizes?: Record<string, Sized | undefined> | null }): string {
  const byWidth = new Map<number, string>()
  for (const size of [...Object.values(image.sizes ?? {}), image]) {
    // One candidate per width (a size as wide as the original adds nothing).
    if (size?.url && size.width && !byWidth.has(size.width)) byWidth.set(size.width, size.url)
  }
  return [...byWidth]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ')
}
