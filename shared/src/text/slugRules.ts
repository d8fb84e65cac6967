const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A slug that can be a public path segment: lower-case ASCII words joined by hyphens, and not only
 * digits (`/tin-tuc/2/` is page 2 of the news list, not an article).
 */
export function isPublicSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !/^\d+$/.test(slug)
}
