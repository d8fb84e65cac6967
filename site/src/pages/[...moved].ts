import type { APIRoute, GetStaticPaths } from 'astro'
import { withCacheKeys } from '../lib/cacheKeys'
import { movedFiles, redirectPage } from '../lib/movedPages'

// Files, not pages (lib/movedPages.ts): each old path is named as a static host looks it up
// (`2019/05/bai-cu/index.html`, an old page file `tin-tuc/abc-123.html` itself), and none of
// them is in the sitemap or the search index.
export const getStaticPaths = (async () => {
  const { pages, tables } = await movedFiles()
  return withCacheKeys([
    ...pages.map(({ file, to }) => ({ params: { moved: file }, props: { to } })),
    ...tables.map(({ file, table }) => ({ params: { moved: file }, props: { table } })),
  ])
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site }) => {
  const { to, table } = props as { to?: string; table?: Record<string, string> }
  if (table) return Response.json(table)
  return new Response(redirectPage(to!, site!), { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
