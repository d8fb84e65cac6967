import { describe, expect, it } from 'vitest'
import { absoluteUrl, publicPaths } from '../src'

describe('public paths', () => {
  it('builds the paths of the design card', () => {
    expect(publicPaths.newsList()).toBe('/tin-tuc/')
    expect(publicPaths.newsList(2)).toBe('/tin-tuc/2/')
    expect(publicPaths.article('mot-cua')).toBe('/tin-tuc/mot-cua/')
    expect(publicPaths.reformArea('cai-cach-the-che', 3)).toBe('/linh-vuc/cai-cach-the-che/3/')
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
