import { describe, expect, it } from 'vitest'
import { absoluteUrl, publicPaths } from '../src'

describe('public paths', () => {
  it('builds the paths of the design card', () => {
    expect(publicPaths.newsList()).toBe('/tin-tuc/')
    expect(publicPaths.listingArchive(publicPaths.newsList(), 2)).toBe('/tin-tuc/2/')
    expect(publicPaths.article('mot-cua')).toBe('/tin-tuc/mot-cua/')
    expect(publicPaths.listingArchive(publicPaths.reformArea('cai-cach-the-che'), 3)).toBe('/linh-vuc/cai-cach-the-che/3/')
    expect(publicPaths.bulletinIssue(2026, 12)).toBe('/ban-tin/2026/so-12/')
    expect(publicPaths.feeds.reformArea('cai-cach-the-che')).toBe('/rss/linh-vuc/cai-cach-the-che.xml')
  })

  it('makes absolute URLs under a site that lives in a sub-folder', () => {
    expect(absoluteUrl('/tin-tuc/a/', 'https://cchc.example.gov.vn')).toBe('https://cchc.example.gov.vn/tin-tuc/a/')
    expect(absoluteUrl('/rss.xml', 'https://example.gov.vn/cchc/')).toBe('https://example.gov.vn/cchc/rss.xml')
  })
})

describe('video embeds', () => {
  it('turn YouTube and Vimeo links into their embed addresses, and nothing else', async () => {
    const { videoEmbedUrl } = await import('../src')
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=abc123')).toBe('https://www.youtube-nocookie.com/embed/abc123')
    expect(videoEmbedUrl('https://youtu.be/abc123')).toBe('https://www.youtube-nocookie.com/embed/abc123')
    expect(videoEmbedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871')
    expect(videoEmbedUrl('https://evil.example/watch?v=abc')).toBeUndefined()
    expect(videoEmbedUrl('http://www.youtube.com/watch?v=abc')).toBeUndefined()
  })
})

describe('document types in addresses', () => {
  it('each have a Vietnamese slug of their own, the label without its marks', async () => {
    const { DOCUMENT_TYPES, isPublicSlug, toSlug } = await import('../src')
    for (const type of DOCUMENT_TYPES) {
      expect(isPublicSlug(type.slug), type.value).toBe(true)
      expect(type.slug, type.value).toBe(toSlug(type.label))
    }
    expect(new Set(DOCUMENT_TYPES.map((type) => type.slug)).size).toBe(DOCUMENT_TYPES.length)
    // An old address (the stored value) never names another type's new one.
    const slugs = new Set<string>(DOCUMENT_TYPES.map((type) => type.slug))
    expect(DOCUMENT_TYPES.filter((type) => slugs.has(type.value))).toEqual([])
    expect(publicPaths.documentsBy('loai', 'quyet-dinh')).toBe('/van-ban/loai/quyet-dinh/')
  })
})
