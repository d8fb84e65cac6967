import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import sirv from 'sirv'
import { PREVIEW_PATH } from '@reform/shared'
import { FILE_MIRROR } from '../src/loaders/payloadCollectionLoader'
import { PREVIEW_REFRESH_MS } from '../src/preview/previewRefresh'


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
          pattern: PREVIEW_PATH('articles', 0).replace('/articles/0/', '/[collection]/[id]'),
          entrypoint: fileURLToPath(new URL('../src/preview/PreviewPage.astro', import.meta.url)),
          prerender: false,
        })
      },
      'astro:config:done': ({ config }) => {
        mirrorDir = fileURLToPath(new URL(`${FILE_MIRROR}/media/`, config.cacheDir))
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        server.middlewares.use('/media', sirv(mirrorDir, { dev: true }))
        let refreshedAt = 0
        server.middlewares.use((req, _res, next) => {
          if (!req.url?.startsWith('/xem-truoc/') || !refreshContent || Date.now() - refreshedAt < PREVIEW_REFRESH_MS) return next()
          refreshedAt = Date.now()
          refreshContent({}).then(() => next(), next)
        })
      },
    },
  }
}
