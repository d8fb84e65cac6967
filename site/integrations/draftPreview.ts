import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import sirv from 'sirv'
import { PREVIEW_ROOT } from '@reform/shared'
import { fileMirrorDir } from '../src/loaders/mirrorFile'
import { PREVIEW_REFRESH_MS } from '../src/preview/previewRefresh'
import { hasGrant } from '../src/preview/previewGrant'

/**
 * Draft preview, only in `astro dev` (the preview server): a page rendering one draft fetched
 * from the CMS with the same components as the public page, the mirrored CMS files at /media/,
 * and a content refresh before previews so new areas, units and images are known. Never part of
 * `astro build`, so a draft cannot enter the public site this way.
 */
export function draftPreview(): AstroIntegration {
  let mirrorDir = ''
  return {
    name: 'reform:draft-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return
        injectRoute({
          pattern: `${PREVIEW_ROOT}[collection]/[id]`,
          entrypoint: fileURLToPath(new URL('../src/preview/PreviewPage.astro', import.meta.url)),
          prerender: false,
        })
      },
      'astro:config:done': ({ config }) => {
        mirrorDir = path.join(fileMirrorDir(config.cacheDir), 'media')
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        // Before Vite's own handlers: the preview routes and the home page (the health check's)
        // answer anyone; the rest (the pages' modules and styles, but also the project's source under
        // /src/, /@fs/, /node_modules/) only a browser that has been shown a draft; opening files in
        // an editor nobody.
        server.middlewares.use((req, res, next) => {
          const pathname = (req.url ?? '/').split('?')[0]!
          const open = pathname.startsWith(PREVIEW_ROOT) || pathname === '/'
          if (!pathname.startsWith('/__open-in-editor') && (open || hasGrant(req.headers.cookie))) return next()
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
          res.end('Không tìm thấy.')
        })
        server.middlewares.use('/media', sirv(mirrorDir, { dev: true }))
        let refreshedAt = 0
        server.middlewares.use((req, _res, next) => {
          if (!req.url?.startsWith(PREVIEW_ROOT) || !refreshContent || Date.now() - refreshedAt < PREVIEW_REFRESH_MS) return next()
          refreshedAt = Date.now()
          refreshContent({}).then(() => next(), next)
        })
      },
    },
  }
}
