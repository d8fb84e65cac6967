import type { PathWithRoute, RouteData } from 'astro'

/** Pages written as `{name}.html` at the root, as Astro does for status pages. */
const STATUS_PAGES = new Set(['404', '500'])

/**
 * Where Astro's static build (format "directory", trailingSlash "always", as astro.config sets)
 * writes a path, relative to the output folder, and the URL it renders it at.
 */
export function pageFile(pathname: string, route: RouteData): { file: string; url: string } {
  const trimmed = decodeURI(pathname).replace(/^\/+|\/+$/g, '')
  // An endpoint whose route names no extension (pages/[...moved].ts) is matched with the trailing slash, as Astro lists it.
  if (route.type === 'endpoint') return { file: trimmed, url: `/${trimmed}${pathname.endsWith('/') && trimmed ? '/' : ''}` }
  if (STATUS_PAGES.has(trimmed)) return { file: `${trimmed}.html`, url: `/${trimmed}/` }
  return trimmed === '' ? { file: 'index.html', url: '/' } : { file: `${trimmed}/index.html`, url: `/${trimmed}/` }
}

/** A page of a build: its route and cache key as Astro lists it, and the URL it renders it at. */
export type Page = {
  pathname: string
  route: RouteData
  cacheKey?: string
  url: string
  /** The CMS files the page refers to (below `media/`), once rendered. */
  files?: string[]
}

/** The pages of a build by the file each is written to. */
export function pagesOf(paths: PathWithRoute[]): Map<string, Page> {
  const pages = new Map<string, Page>()
  for (const { pathname, route, cacheKey } of paths) {
    const { file, url } = pageFile(pathname, route)
    // The first route to claim a path wins, as in Astro's build.
    if (!pages.has(file)) pages.set(file, { pathname, route, cacheKey, url })
  }
  return pages
}
