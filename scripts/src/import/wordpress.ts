import { existsSync } from 'node:fs'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { toNFC } from '@reform/shared'
import type { ArticleItem, ImageRef, ImportSource, Term } from './items'
import { sourceDate } from './sourceDate'

type Options = { uploads?: string; pages: boolean }
type Node = Record<string, unknown>

const ARRAYS = new Set(['category', 'wp:postmeta', 'wp:author', 'wp:category', 'wp:tag', 'wp:term'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
})

/** The text of a parsed element, CDATA or not, with or without attributes. */
const text = (node: unknown): string => {
  if (node === undefined || node === null) return ''
  if (typeof node === 'object') return text((node as Node)['#text'])
  return toNFC(String(node))
}

/** A WordPress address's path under the uploads folder: `…/wp-content/uploads/2019/05/a.jpg` → `2019/05/a.jpg`. */
export function uploadsPath(url: string): string | undefined {
  const match = /\/wp-content\/uploads\/(.+)$/.exec(url.split(/[?#]/)[0]!)
  return match ? decodeURIComponent(match[1]!) : undefined
}

/** The file of an upload: the full-size original when the body shows a resized copy (`a-300x200.jpg`) and both exist. */
function uploadsFile(uploads: string | undefined, relative: string): string | undefined {
  if (!uploads) return undefined
  const original = relative.replace(/-\d+x\d+(\.\w+)$/, '$1')
  return [original, relative].map((candidate) => path.join(uploads, candidate)).find((file) => existsSync(file))
}

/**
 * The `<item>` elements of a WXR file, each parsed on its own: a broken item is reported and the
 * others are read. Positions skip CDATA, where a post's HTML may say anything.
 */
function itemChunks(xml: string): Array<{ line: number; xml: string }> {
  const chunks: Array<{ line: number; xml: string }> = []
  let at = 0
  let line = 1
  let counted = 0
  for (;;) {
    const start = xml.indexOf('<item>', at)
    if (start < 0) break
    let cursor = start
    let end = -1
    while (end < 0) {
      const close = xml.indexOf('</item>', cursor)
      const cdata = xml.indexOf('<![CDATA[', cursor)
      if (close < 0) break
      if (cdata >= 0 && cdata < close) {
        const cdataEnd = xml.indexOf(']]>', cdata)
        if (cdataEnd < 0) break
        cursor = cdataEnd + 3
      } else end = close + '</item>'.length
    }
    for (; counted < start; counted++) if (xml.charCodeAt(counted) === 10) line++
    if (end < 0) {
      chunks.push({ line, xml: xml.slice(start) })
      break
    }
    chunks.push({ line, xml: xml.slice(start, end) })
    at = end
  }
  return chunks
}

function postmeta(item: Node, key: string): string | undefined {
  const found = ((item['wp:postmeta'] as Node[] | undefined) ?? []).find((meta) => text(meta['wp:meta_key']) === key)
  return found ? text(found['wp:meta_value']) : undefined
}

type Attachment = { id: string; relative?: string; url: string; alt?: string }

/** Reads a WordPress export (WXR 1.1/1.2): posts (and pages with `pages`) as articles, attachments as their images. */
export function readWordPress(xml: string, { uploads, pages }: Options): ImportSource {
  const channelEnd = xml.indexOf('<item>')
  const head = `${xml.slice(0, channelEnd < 0 ? xml.length : channelEnd).replace(/<\/channel>[\s\S]*$/, '')}</channel></rss>`
  const headCheck = XMLValidator.validate(head)
  if (headCheck !== true || !/<rss[\s>]/.test(head) || !head.includes('wordpress.org/export/')) {
    throw new Error(
      headCheck === true
        ? 'not a WordPress export (WXR): no rss element with the wordpress.org/export namespace.'
        : `the file is not well-formed XML before its first item: ${headCheck.err.msg} (line ${headCheck.err.line}).`,
    )
  }
  const channel = (parser.parse(head) as { rss: { channel: Node } }).rss.channel
  const site = (text(channel['wp:base_blog_url']) || text(channel['wp:base_site_url']) || text(channel.link)).replace(/\/$/, '')
  const authors = new Map(((channel['wp:author'] as Node[] | undefined) ?? []).map((author) => [text(author['wp:author_login']), text(author['wp:author_display_name'])]))
  const terms: Term[] = [
    ...((channel['wp:category'] as Node[] | undefined) ?? []).map((term) => ({
      taxonomy: 'category' as const,
      slug: text(term['wp:category_nicename']),
      name: text(term['wp:cat_name']),
    })),
    ...((channel['wp:tag'] as Node[] | undefined) ?? []).map((term) => ({ taxonomy: 'tag' as const, slug: text(term['wp:tag_slug']), name: text(term['wp:tag_name']) })),
  ]

  const parsed: Array<{ line: number; item?: Node; error?: string }> = itemChunks(xml).map(({ line, xml: chunk }) => {
    const check = XMLValidator.validate(chunk)
    if (check !== true) return { line, error: `malformed XML at line ${line + check.err.line - 1}: ${check.err.msg}` }
    return { line, item: (parser.parse(chunk) as { item: Node }).item }
  })

  const attachments = new Map<string, Attachment>()
  const attachmentsByPath = new Map<string, Attachment>()
  for (const { item } of parsed) {
    if (!item || text(item['wp:post_type']) !== 'attachment') continue
    const url = text(item['wp:attachment_url'])
    const attachment: Attachment = {
      id: text(item['wp:post_id']),
      url,
      relative: postmeta(item, '_wp_attached_file') || uploadsPath(url),
      alt: postmeta(item, '_wp_attachment_image_alt') || undefined,
    }
    attachments.set(attachment.id, attachment)
    if (attachment.relative) attachmentsByPath.set(attachment.relative, attachment)
  }

  const imageAt = (relative: string | undefined, alt: string | undefined, url: string): ImageRef | undefined => {
    if (!relative) return undefined
    const original = relative.replace(/-\d+x\d+(\.\w+)$/, '$1')
    const file = uploadsFile(uploads, relative)
    return file ? { key: path.relative(uploads!, file), file, alt: alt || attachmentsByPath.get(original)?.alt || attachmentsByPath.get(relative)?.alt, url } : undefined
  }

  const items: ArticleItem[] = []
  for (const { line, item, error } of parsed) {
    if (!item) {
      items.push({
        kind: 'article',
        itemId: `line-${line}`,
        label: `item at line ${line}`,
        problems: [error!],
        warnings: [],
        title: '',
        html: '',
        terms: [],
        inlineImage: () => undefined,
      })
      continue
    }
    const type = text(item['wp:post_type'])
    if (type !== 'post' && type !== 'page') continue
    const id = text(item['wp:post_id'])
    const title = text(item.title)
    const status = text(item['wp:status'])
    const problems: string[] = []
    const warnings: string[] = []
    const publishedAt = sourceDate(text(item['wp:post_date_gmt']), { utc: true }) ?? sourceDate(text(item['wp:post_date'])) ?? sourceDate(text(item.pubDate))
    if (!id) problems.push('no wp:post_id')
    if (!title.trim()) problems.push('no title')
    if (!publishedAt) problems.push('no date')
    const thumbnail = postmeta(item, '_thumbnail_id')
    const featured = thumbnail ? attachments.get(thumbnail) : undefined
    const heroImage = featured ? imageAt(featured.relative, featured.alt, featured.url) : undefined
    if (thumbnail && !heroImage) warnings.push(`featured image missing: ${featured?.relative ?? `attachment ${thumbnail}`}${uploads ? '' : ' (no --uploads folder given)'}`)
    const author = text(item['dc:creator'])
    items.push({
      kind: 'article',
      itemId: id,
      label: `${type} ${id || `at line ${line}`} “${title.trim() || '(no title)'}”`,
      url: text(item.link) || undefined,
      problems,
      warnings,
      leftOut:
        type === 'page' && !pages
          ? 'a page (--pages imports pages as articles)'
          : status !== 'publish' && status !== 'future'
            ? `WordPress status "${status}": only published posts are imported`
            : undefined,
      title: title.trim(),
      publishedAt,
      authorName: authors.get(author) || author || undefined,
      summary: text(item['excerpt:encoded']) || undefined,
      html: text(item['content:encoded']),
      terms: ((item.category as Node[] | undefined) ?? [])
        .filter((term) => term['@_domain'] === 'category' || term['@_domain'] === 'post_tag')
        .map((term) => ({
          taxonomy: term['@_domain'] === 'post_tag' ? 'tag' : 'category',
          slug: String(term['@_nicename'] ?? ''),
          name: text(term),
        })),
      heroImage,
      inlineImage: (src, alt) => imageAt(uploadsPath(new URL(src, `${site}/`).href), alt, src),
    })
  }
  return { system: 'wordpress', site, description: `WordPress export of ${site}`, items, terms }
}
