import { sanitizeArticleHtml } from '@reform/shared'
import type { ArticleItem, ImageRef, SourceSystem } from './items'

const BLOCK = /^<(p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|figure|pre|hr|section|article)[\s>/]/i

/**
 * WordPress stores a post as typed: paragraphs separated by blank lines, line breaks as newlines
 * (its wpautop adds the tags when it shows the post). Also turns `[caption]` into a figure and
 * drops other shortcodes (galleries, embeds), whose content WordPress made at display time.
 */
export function wordpressHtml(content: string): { html: string; shortcodes: string[] } {
  const shortcodes = new Set<string>()
  const html = content
    .replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_, inner: string) => {
      const image = /<a[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/.exec(inner)?.[0] ?? ''
      const caption = inner.replace(image, '').trim()
      return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
    })
    .replace(/\[\/?([a-z_-]+)(?:\s[^\]]*)?\]/gi, (whole, name: string) => {
      shortcodes.add(name.toLowerCase())
      return ''
    })
  const paragraphs = html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
  return { html: paragraphs.join('\n'), shortcodes: [...shortcodes] }
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

export type PreparedBody = {
  /** Sanitised HTML whose images are upload placeholders (`data-lexical-upload-id="<index in images>"`). */
  html: string
  images: ImageRef[]
  warnings: string[]
  /** Whether anything is left to read: text or an image. */
  empty: boolean
}

/**
 * The body on its way to Lexical: the source's own habits undone, then the project's one HTML
 * allow-list (sanitizeArticleHtml: scripts, styles, frames and unknown tags go), then every image
 * either found (a placeholder for the media document it becomes) or dropped with a warning.
 */
export function prepareBody(item: ArticleItem, system: SourceSystem, base: string): PreparedBody {
  const warnings: string[] = []
  let html = item.html
  if (system === 'wordpress') {
    const converted = wordpressHtml(html)
    html = converted.html
    if (converted.shortcodes.length > 0) warnings.push(`WordPress shortcodes removed: ${converted.shortcodes.join(', ')}`)
  }
  const images: ImageRef[] = []
  const clean = sanitizeArticleHtml(html)
    .replace(/<img\b[^>]*>/g, (tag) => {
      const attribute = (name: string) => {
        const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
        return value === undefined ? undefined : decode(value).trim()
      }
      const src = attribute('src')
      const image = src ? item.inlineImage(src, attribute('alt') || undefined) : undefined
      if (!image) {
        warnings.push(`image missing: ${src ?? '(no src)'}`)
        return ''
      }
      let index = images.findIndex((known) => known.key === image.key)
      if (index < 0) index = images.push(image) - 1
      return `<img data-lexical-upload-relation-to="media" data-lexical-upload-id="${index}">`
    })
    // A link the allow-list took the address from (javascript:) keeps its text; a relative one points at the old site.
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (_whole, attributes: string, inner: string) => {
      const href = /\shref="([^"]*)"/.exec(attributes)?.[1]
      if (!href || href.startsWith('#')) return inner
      const absolute = URL.canParse(decode(href), base) ? new URL(decode(href), base).href : undefined
      return absolute && /^(https?|mailto|tel):/.test(absolute) ? `<a href="${absolute.replace(/"/g, '&quot;')}">${inner}</a>` : inner
    })
  const text = clean.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '')
  return { html: clean, images, warnings, empty: text === '' && images.length === 0 }
}
