import { readFile } from 'node:fs/promises'
import Parser from 'rss-parser'
import { htmlToText, toNFC, toSlug } from '@reform/shared'
import { fetchLimited } from './fetchLimited'
import type { ArticleItem, ImportSource } from './items'
import { sourceDate } from './sourceDate'

type FeedItem = Parser.Item & {
  'content:encoded'?: string
  creator?: string
  author?: string
  summary?: string
  id?: string
  enclosure?: { url?: string; type?: string }
  links?: Array<{ $?: { rel?: string; href?: string; type?: string } }>
  categories?: unknown[]
}

const parser = new Parser<Record<string, unknown>, FeedItem>({ customFields: { item: [['link', 'links', { keepArray: true }]] } })

/** The text of a feed file, in the encoding its XML declaration names (UTF-8 if none). */
function decodeFeed(data: Buffer): string {
  const declared = /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(data.subarray(0, 200).toString('latin1'))?.[1]
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(data)
  } catch {
    return new TextDecoder('utf-8').decode(data)
  }
}

const isImage = (type: string | undefined, url: string) => (type ? type.startsWith('image/') : /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(url))

/** Reads an RSS 2.0 or Atom feed from a file or an http(s) address: its items as articles, image enclosures as their images. */
export async function readFeed(location: string): Promise<ImportSource> {
  const remote = /^https?:\/\//i.test(location)
  const data = remote ? (await fetchLimited(location)).data : await readFile(location)
  let feed: Parser.Output<FeedItem>
  try {
    feed = await parser.parseString(decodeFeed(data))
  } catch (error) {
    throw new Error(`not a readable RSS or Atom feed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error })
  }
  const base = feed.link || (remote ? location : 'http://localhost/')
  const site = URL.canParse(base) ? new URL(base).origin : base
  const items: ArticleItem[] = (feed.items ?? []).map((entry, index) => {
    const title = toNFC(htmlToText(entry.title ?? '')).trim()
    const link = entry.link?.trim()
    const itemId = (typeof entry.guid === 'string' && entry.guid.trim()) || entry.id?.trim() || link || ''
    // rss-parser reads 12/05/2024 the American way (5 December): the day-first reading goes first.
    const publishedAt = sourceDate(entry.pubDate) ?? (entry.isoDate && sourceDate(entry.isoDate))
    const full = entry['content:encoded']?.trim()
    const short = (entry.content ?? entry.summary ?? '').trim()
    const problems = [!title && 'no title', !publishedAt && 'no date', !itemId && 'no guid, id or link', !(full || short) && 'no content or description'].filter(
      (problem): problem is string => Boolean(problem),
    )
    const warnings: string[] = []
    const enclosures = [
      ...(entry.enclosure?.url ? [{ url: entry.enclosure.url, type: entry.enclosure.type }] : []),
      ...(entry.links ?? []).filter((link) => link.$?.rel === 'enclosure' && link.$.href).map((link) => ({ url: link.$!.href!, type: link.$!.type })),
    ]
    const image = enclosures.find((enclosure) => isImage(enclosure.type, enclosure.url))
    for (const other of enclosures.filter((enclosure) => !isImage(enclosure.type, enclosure.url))) warnings.push(`enclosure not imported (only images are): ${other.url}`)
    const absolute = (src: string) => (URL.canParse(src, link || base) ? new URL(src, link || base).href : src)
    return {
      kind: 'article',
      itemId,
      label: `item ${index + 1} “${title || '(no title)'}”`,
      url: link,
      problems,
      warnings,
      title,
      publishedAt,
      authorName: toNFC(entry.creator ?? entry.author ?? '').trim() || undefined,
      summary: full && short ? htmlToText(short) : undefined,
      html: full || short,
      terms: (entry.categories ?? [])
        .map((category) => toNFC(typeof category === 'string' ? category : String((category as { _?: string })._ ?? '')).trim())
        .filter(Boolean)
        .map((name) => ({ taxonomy: 'category' as const, slug: toSlug(name), name })),
      heroImage: image ? { key: absolute(image.url), url: absolute(image.url) } : undefined,
      inlineImage: (src, alt) => ({ key: absolute(src), url: absolute(src), alt }),
    }
  })
  const terms = [...new Map(items.flatMap((item) => item.terms).map((term) => [term.slug, term])).values()]
  return { system: 'feed', site, description: `feed “${toNFC(feed.title ?? location)}” (${items.length} items)`, items, terms }
}
