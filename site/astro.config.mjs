import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { LOCAL_SITE_PORT, localUrl } from '@reform/shared'
import { draftPreview } from './integrations/draftPreview'
import { publishReferencedFiles } from './integrations/publishReferencedFiles'
import { searchIndex } from './integrations/searchIndex'

// The public origin the site is served from: canonical links and feeds are absolute against it.
const site = process.env.SITE_URL ?? localUrl(LOCAL_SITE_PORT)

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Several pages at once: one page's file is written while the next renders (measured ~15% faster
  // on the 23,000-page corpus).
  build: { format: 'directory', concurrency: 4 },
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Holds the content store between builds (what makes a rebuild incremental).
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  server: {
    port: Number(process.env.SITE_PORT ?? LOCAL_SITE_PORT),
    host: true,
    // The draft preview server (astro dev) answers to the host name editors reach it by.
    allowedHosts: process.env.PREVIEW_URL ? [new URL(process.env.PREVIEW_URL).hostname] : [],
  },
  vite: {
    // The preview server serves files under the repository through /@fs/: never the data folder
    // (database, generated secret, media) nor Vite's own defaults.
    server: { fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**', '**/payload-secret'] } },
    // Page scripts (the feedback form's) stay files of their own, however small: the public
    // Content-Security-Policy allows the site's own script files, not inline scripts.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  // Editors use `astro dev` only as the draft preview server: no developer toolbar there.
  devToolbar: { enabled: false },
  compressHTML: true,
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), publishReferencedFiles(), searchIndex(), draftPreview()],
})
