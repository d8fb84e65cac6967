type Sized = { url?: string | null; width?: number | null }

/** `srcset` listing an image's generated sizes and its original, smallest first. */
export function imageSrcset(image: Sized & { sizes?: Record<string, Sized | undefined> | null }): string {
  return [...Object.values(image.sizes ?? {}), image]
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .sort((a, b) => a.width - b.width)
    .map((size) => `${size.url} ${size.width}w`)
    .join(', ')
}
