import escape from 'escape-html'
import { absoluteUrl, DOCUMENT_TYPES, oldLinkFile, oldLinksOf, oldPathFile, publicPaths } from '@reform/shared'
import { getArticles, getDocuments } from './content'
import { documentFacets } from './facets'
import { siteInfo } from './siteInfo'

/** A page that moved: its old path and where it is now. */
export type MovedPage = { from: string; to: string }

/**
 * Page addresses the site itself has moved, old → new:
 * - Document-type filters moved from the stored English values to Vietnamese slugs:
 *   /van-ban/loai/decision/ → /van-ban/loai/quyet-dinh/.
 */
export const MOVED_PAGES: readonly MovedPage[] = DOCUMENT_TYPES.map((type) => ({
  from: publicPaths.documentsBy(publicPaths.facets.documents.type, type.value),
  to: publicPaths.documentsBy(publicPaths.facets.documents.type, type.slug),
}))

/** What a release carries for old addresses: a redirect page per old path, and the tables of old addresses with a query. */
export type MovedFiles = { pages: { file: string; to: string }[]; tables: { file: string; table: Record<string, string> }[] }

/**
 * The site's one way of redirecting, into every release: the pages it moved itself (MOVED_PAGES)
 * and the old addresses of an imported portal's published articles and documents (their
 * `importSource`, as shared/src/urls/oldLinks.ts reads it, in the order the builder's nginx maps
 * take them), each to a page this build has. Old paths become small static pages
 * (pages/[...moved].ts); old addresses with a query (`/?p=123`) cannot be files, so they go into
 * the tables the home and 404 pages look up (lib/oldLinks/followOldLink.ts). nginx and the local
 * server answer the imported ones with a 301 first (builder/src/oldLinks/oldLinks.ts).
 */
export async function movedFiles(): Promise<MovedFiles> {
  const documents = await getDocuments()
  const facetPages = new Set(documentFacets(documents).flatMap((group) => group.facets.map((facet) => facet.path)))
  const byId = <T extends { id: number }>(items: T[]) => [...items].sort((a, b) => a.id - b.id)
  const imported = oldLinksOf([
    ...byId(await getArticles()).flatMap((article) => (article.importSource ? [{ to: publicPaths.article(article.slug), source: article.importSource }] : [])),
    ...byId(documents).flatMap((document) => (document.importSource ? [{ to: publicPaths.document(document.slug), source: document.importSource }] : [])),
  ])
  const pages = new Map<string, string>()
  for (const { from, to } of [...MOVED_PAGES.filter((page) => facetPages.has(page.to)), ...imported.filter((link) => link.kind === 'path')]) {
    // `/a/b/` and `/a/b` share a page; the first to claim it keeps it.
    if (!pages.has(oldPathFile(from))) pages.set(oldPathFile(from), to)
  }
  const tables = new Map<string, Record<string, string>>()
  for (const { from, to } of imported.filter((link) => link.kind === 'request')) {
    const file = oldLinkFile(from).slice(1)
    tables.set(file, Object.assign(tables.get(file) ?? {}, { [from]: to }))
  }
  return { pages: [...pages].map(([file, to]) => ({ file, to })), tables: [...tables].map(([file, table]) => ({ file, table })) }
}

/** A page at an old address: sends the reader on at once, tells search engines where the page is now (canonical; a 0-second refresh counts as a permanent redirect), and keeps a link for a browser that does not follow. */
export function redirectPage(to: string, site: URL): string {
  const href = absoluteUrl(to, site.href)
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang đã chuyển | ${escape(siteInfo.name)}</title>
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${href}">
<meta name="robots" content="noindex">
<link rel="icon" href="${publicPaths.favicon()}" type="image/svg+xml">
</head>
<body>
<p>Trang này đã chuyển đến <a href="${to}">${href}</a>.</p>
</body>
</html>
`
}
