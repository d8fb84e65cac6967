import type { RouteData } from 'astro'

/** Pages written as `{name}.html` at the root, as Astro does for status pages. */
const STATUS_PAGES = new Set(['404', '500'])

/**
 * Where Astro's static build (format "directory", trailingSlash "always", as astro.config sets)
 * writes a path, relative to the output folder, and the URL it renders it at.
 */
export function pageFile(pathname: string, route: RouteData): { file: string; url: string } {
  const trimmed = decodeURI(pathname).replace(/^\/+|\/+$/g, '')
  if (route.type === 'endpoint') return { file: trimmed, url: `/${trimmed}` }
  if (STATUS_PAGES.has(trimmed)) return { file: `${trimmed}.html`, url: `/${trimmed}/` }
  return trimmed === '' ? { file: 'index.html', url: '/' } : { file: `${trimmed}/index.html`, url: `/${trimmed}/` }
}
