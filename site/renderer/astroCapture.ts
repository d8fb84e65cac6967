import { pathToFileURL } from 'node:url'
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, PathWithRoute, RouteData } from 'astro'

/*
 * Every part of Astro the renderer relies on beyond `build()`, listed once. Checked against Astro
 * 7.3.5 (site/package.json); a new Astro is checked here first (the incremental build proof,
 * builder/test/incrementalBuild.test.ts, fails when one of these changed meaning):
 * - the prerenderer Astro hands to `setPrerenderer` in `astro:build:start`: its getStaticPaths
 *   (every page with its `cacheKey`), `render(request, { routeData })` and `teardown`;
 * - its `app.routeCache.clearAll()`: each route's paths, kept once computed (an update lists anew);
 * - its `app.manifest.pageMap`: the page modules, imported once each here;
 * - the `astro:build:done` hook of @astrojs/sitemap, called with the pages the renderer rendered;
 * - where a static build writes a path (pageFile.ts).
 */

const NAME = 'reform:live-renderer'
const SITEMAP = '@astrojs/sitemap'
/**
 * Integrations whose end-of-build work the renderer does itself, as it renders: the sitemap (with
 * the pages it rendered), the CMS files pages refer to, and the search index (the builder's).
 */
const DONE_BY_RENDERER = [SITEMAP, 'reform:publish-referenced-files', 'reform:search-index']

export type SitemapHook = NonNullable<AstroIntegration['hooks']['astro:build:done']>

/**
 * Astro's prerenderer with the parts of its app the renderer reaches: the route cache (each
 * route's paths, kept once computed; an update must compute them again) and the page modules.
 */
export type StandardPrerenderer = AstroPrerenderer & {
  app?: { routeCache?: { clearAll?: () => void }; manifest?: { pageMap?: Map<string, () => Promise<unknown>> } }
}

/**
 * The integration that takes over `astro build`: Astro is handed no page to render (the renderer
 * renders them itself, before Astro deletes the bundle in `teardown`), and the end-of-build work
 * of DONE_BY_RENDERER is taken out of Astro's hands (the sitemap's is handed to `configured`).
 */
export function captureAstro(on: {
  configured: (site: string, cacheDir: URL, logger: AstroIntegrationLogger, sitemap: SitemapHook | undefined) => Promise<void>
  listed: (prerenderer: StandardPrerenderer, paths: PathWithRoute[]) => void
  teardown: () => Promise<void>
}): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:done': async ({ config, logger }) => {
        let sitemap: SitemapHook | undefined
        for (const integration of config.integrations) {
          if (!DONE_BY_RENDERER.includes(integration.name)) continue
          if (integration.name === SITEMAP) sitemap = integration.hooks['astro:build:done']
          delete integration.hooks['astro:build:done']
        }
        await on.configured(config.site ?? '', config.cacheDir, logger, sitemap)
      },
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((standard: StandardPrerenderer) => ({
          ...standard,
          name: NAME,
          getStaticPaths: async () => {
            on.listed(standard, await standard.getStaticPaths())
            importPagesOnce(standard)
            return []
          },
          // Before Astro deletes the bundle, which loads the parts of a page when it is first rendered.
          teardown: async () => {
            await on.teardown()
            await standard.teardown?.()
          },
        })),
    },
  }
}

/**
 * Astro imports a page's module again for every page it renders, and under tsx's loader hooks an
 * import costs ~0.1 ms even when loaded (2 s of a whole build): each is imported once instead.
 */
function importPagesOnce(prerenderer: StandardPrerenderer): void {
  const pageMap = prerenderer.app?.manifest?.pageMap
  if (!(pageMap instanceof Map)) return
  for (const [component, load] of pageMap) {
    let loaded: Promise<unknown> | undefined
    pageMap.set(
      component,
      () =>
        (loaded ??= load().catch((error: unknown) => {
          loaded = undefined
          throw error
        })),
    )
  }
}

/** Forgets every route's paths, so that getStaticPaths asks the routes again. */
export function clearRouteCache(prerenderer: StandardPrerenderer): void {
  const routeCache = prerenderer.app?.routeCache
  if (!routeCache?.clearAll) throw new Error('Astro no longer exposes its route cache where the live renderer clears it; see site/renderer/astroCapture.ts.')
  routeCache.clearAll()
}

/** One page as Astro's prerenderer renders it. */
export async function renderRoute(prerenderer: StandardPrerenderer, url: URL, route: RouteData): Promise<Response> {
  const result = await prerenderer.render(new Request(url), { routeData: route })
  return result instanceof Response ? result : result.response
}

/** @astrojs/sitemap's end-of-build work, into `dir`, for the pages at `pathnames` (without their leading slash). */
export async function runSitemapHook(sitemap: SitemapHook, dir: string, pathnames: string[], logger: AstroIntegrationLogger): Promise<void> {
  await sitemap({ dir: pathToFileURL(`${dir}/`), pages: pathnames.map((pathname) => ({ pathname })), logger } as never)
}
