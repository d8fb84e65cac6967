import { DOCUMENT_TYPES, publicPaths } from '@reform/shared'

/** A page that moved: its old path and where it is now. */
export type MovedPage = { from: string; to: string }

/**
 * Every page address the site has moved, old → new. The site's one way of redirecting: each old
 * path is a small static page (pages/[...moved].astro) that sends readers and search engines on,
 * served as any other file by nginx and the local server alike; nothing in nginx's configuration.
 * A list of its own, not worked out from content, so the sitemap can leave them out (astro.config).
 *
 * - Document-type filters moved from the stored English values to Vietnamese slugs:
 *   /van-ban/loai/decision/ → /van-ban/loai/quyet-dinh/.
 */
export const MOVED_PAGES: readonly MovedPage[] = DOCUMENT_TYPES.map((type) => ({
  from: publicPaths.documentsBy(publicPaths.facets.documents.type, type.value),
  to: publicPaths.documentsBy(publicPaths.facets.documents.type, type.slug),
}))

const movedFrom = new Set(MOVED_PAGES.map((page) => page.from))

/** Whether a site path (or absolute URL) is an old address that now only redirects. */
export const isMovedPage = (pathOrUrl: string): boolean => movedFrom.has(URL.canParse(pathOrUrl) ? new URL(pathOrUrl).pathname : pathOrUrl)
