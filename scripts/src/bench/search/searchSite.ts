import { randomBytes } from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'
import { runMigrations } from '@reform/cms/runMigrations'
import { indexSite } from '@reform/site/searchIndex'
import { startEmbeddedPostgres } from '../../database/embeddedPostgres'
import { freePort } from '../../process/ports'
import { seedSampleContent } from '../../seed/seedSampleContent'
import { serveStatic } from '../../serve/serveStatic'
import { SiteRenderer } from '@reform/site/siteRenderer'
import { createSearchFixtures } from './searchFixtures'

/**
 * The public site built from the seed and the search fixtures, on a database of its own in
 * `workDir`, its search index made as the builder makes it, and served on this machine. The CMS
 * is stopped once the site is built, as a reader's site needs none of it.
 */
export async function buildSearchSite(workDir: string, log: (line: string) => void): Promise<{ url: string; stop: () => Promise<void> }> {
  const database = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), port: await freePort(), database: 'bench' })
  const cmsPort = await freePort()
  const sitePort = await freePort()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const siteUrl = `http://127.0.0.1:${sitePort}`
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    CMS_PUBLIC_URL: cmsUrl,
    MEDIA_DIR: path.join(workDir, 'media'),
    JOBS_AUTORUN: 'false',
  })
  const [{ createConfig }, { getPayload }, { REST_GET }, { closePayload }] = await Promise.all([
    import('@reform/cms/config'),
    import('payload'),
    import('@payloadcms/next/routes'),
    import('@reform/cms/closePayload'),
  ])
  const config = createConfig()
  const payload: Payload = await getPayload({ config })
  const outDir = path.join(workDir, 'site')
  try {
    await runMigrations(payload)
    await seedSampleContent(payload)
    await createSearchFixtures(payload)
    log('content: seed and search fixtures')
    // The site's loader reads the CMS's REST API over HTTP, as the builder's renderer does.
    const get = REST_GET(config)
    const cms = http.createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', cmsUrl)
      const slug = url.pathname
        .replace(/^\/api\/?/, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent)
      const response = await get(new Request(url), { params: Promise.resolve({ slug }) })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })
    await new Promise<void>((resolve) => cms.listen(cmsPort, '127.0.0.1', resolve))
    const renderer = new SiteRenderer({ cmsUrl, siteUrl, cacheDir: path.join(workDir, 'cache') })
    try {
      await renderer.build(outDir, undefined, () => {})
    } finally {
      await renderer.stop()
      await new Promise((resolve) => cms.close(resolve))
    }
    log(`site built, search index: ${await indexSite(outDir)} pages`)
  } finally {
    await closePayload(payload)
    await database.stop()
  }
  const site = await serveStatic(outDir, sitePort, '127.0.0.1')
  return { url: siteUrl, stop: site.close }
}
