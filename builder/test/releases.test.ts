import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/src/process/ports'
import { liveRelease, LIVE, publishRelease, pruneReleases } from '../src/releases/releases'
import { serveStatic } from '../../scripts/src/serve/serveStatic'

const SITE = 'https://cchc.example.gov.vn'
let releasesDir: string

beforeEach(async () => {
  releasesDir = await mkdtemp(path.join(tmpdir(), 'reform-releases-'))
})
afterEach(() => rm(releasesDir, { recursive: true, force: true }))

/** A minimal sound site whose home page says `text` (and may link somewhere). */
function site(text: string, link = '/tin-tuc/') {
  return async (outDir: string) => {
    for (const [file, body] of Object.entries({
      'index.html': `<html lang="vi"><body><h1>${text}</h1><a href="${link}">Tin</a></body></html>`,
      'tin-tuc/index.html': '<html lang="vi"><body><h1>Tin tức</h1></body></html>',
      '404.html': '<html lang="vi"><body><h1>Không tìm thấy trang</h1></body></html>',
      'rss.xml': '<rss version="2.0"><channel><title>t</title></channel></rss>',
      'rss/index.html': '<html lang="vi"><body><h1>Tin RSS</h1></body></html>',
      'rss/feeds.opml': '<opml version="2.0"><body/></opml>',
      'sitemap-index.xml': '<sitemapindex/>',
    })) {
      await mkdir(path.dirname(path.join(outDir, file)), { recursive: true })
      await writeFile(path.join(outDir, file), body)
    }
  }
}

const liveHome = async () => readFile(path.join(releasesDir, LIVE, 'index.html'), 'utf8')

describe('site releases', () => {
  it('switch the live site to a new release that passes its checks', async () => {
    await publishRelease({ build: site('Bản một'), releasesDir, siteUrl: SITE })
    expect(await liveHome()).toContain('Bản một')
    await publishRelease({ build: site('Bản hai'), releasesDir, siteUrl: SITE })
    expect(await liveHome()).toContain('Bản hai')
  })

  it('leave the live site untouched when a build fails, and remove the failed folder', async () => {
    await publishRelease({ build: site('Bản tốt'), releasesDir, siteUrl: SITE })
    const before = await liveRelease(releasesDir)
    const failing = async (outDir: string) => {
      await site('Bản hỏng')(outDir)
      throw new Error('astro build failed')
    }
    await expect(publishRelease({ build: failing, releasesDir, siteUrl: SITE })).rejects.toThrow('astro build failed')
    expect(await liveRelease(releasesDir)).toBe(before)
    expect(await liveHome()).toContain('Bản tốt')
    expect((await readdir(releasesDir)).filter((entry) => entry.startsWith('release-'))).toHaveLength(1)
  })

  it('refuse a release with a broken internal link or a missing feed', async () => {
    await publishRelease({ build: site('Bản tốt'), releasesDir, siteUrl: SITE })
    await expect(publishRelease({ build: site('Bản lỗi', '/khong-co/'), releasesDir, siteUrl: SITE })).rejects.toThrow('index.html → /khong-co/')
    const noFeed = async (outDir: string) => {
      await site('Thiếu RSS')(outDir)
      await rm(path.join(outDir, 'rss.xml'))
    }
    await expect(publishRelease({ build: noFeed, releasesDir, siteUrl: SITE })).rejects.toThrow('missing rss.xml')
    expect(await liveHome()).toContain('Bản tốt')
  })

  it('still refuse a link from an unchanged page (not parsed again) to a page that is gone', async () => {
    await publishRelease({ build: site('Bản tốt'), releasesDir, siteUrl: SITE })
    const newsGone = async (outDir: string) => {
      await site('Bản tốt')(outDir)
      await rm(path.join(outDir, 'tin-tuc'), { recursive: true })
    }
    await expect(publishRelease({ build: newsGone, releasesDir, siteUrl: SITE })).rejects.toThrow('index.html → /tin-tuc/')
  })

  it('after an update that names what it wrote and removed, still refuse a link from a page not read again to a removed page', async () => {
    const first = await publishRelease({ build: site('Bản tốt'), releasesDir, siteUrl: SITE })
    const newsGone = async (outDir: string) => {
      await site('Bản tốt')(outDir)
      await rm(path.join(outDir, 'tin-tuc'), { recursive: true })
    }
    const changedSince = () => ({ release: first, files: [], removed: ['tin-tuc/index.html'] })
    await expect(publishRelease({ build: newsGone, changedSince, releasesDir, siteUrl: SITE })).rejects.toThrow('index.html → /tin-tuc/')
    expect(await liveRelease(releasesDir)).toBe(first)
  })

  it('keep only a few old releases', async () => {
    for (const text of ['1', '2', '3', '4', '5']) {
      await publishRelease({ build: site(text), releasesDir, siteUrl: SITE })
      await pruneReleases(releasesDir, 2)
    }
    expect((await readdir(releasesDir)).filter((entry) => entry.startsWith('release-'))).toHaveLength(3)
    expect(await liveHome()).toContain('<h1>5</h1>')
  })

  it('are served through the live link, the new release on the very next request', async () => {
    await publishRelease({ build: site('Trước'), releasesDir, siteUrl: SITE })
    const server = await serveStatic(path.join(releasesDir, LIVE), await freePort())
    try {
      expect(await (await fetch(`${server.url}/`)).text()).toContain('Trước')
      await publishRelease({ build: site('Sau'), releasesDir, siteUrl: SITE })
      expect(await (await fetch(`${server.url}/`)).text()).toContain('Sau')
      const missing = await fetch(`${server.url}/khong-co/`)
      expect(missing.status).toBe(404)
      expect(await missing.text()).toContain('Không tìm thấy trang')
    } finally {
      await server.close()
    }
  })
})
