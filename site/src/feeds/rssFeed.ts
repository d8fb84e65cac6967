import { XMLBuilder } from 'fast-xml-parser'
import { absoluteUrl, publicPaths, toRfc822Vietnam } from '@reform/shared'
import { siteInfo } from '../lib/siteInfo'

/** Items per feed. */
export const FEED_SIZE = 50

/** Minutes a reader may cache a feed: the site is rebuilt within minutes of a publish. */
const TTL_MINUTES = 30

/** Feeds and their items are built with an XML library, so every value is escaped for XML once. */
export const xml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true })

/**
 * Plain text for an element a feed reader may show as HTML: RSS 2.0 makes `description`
 * entity-encoded HTML and most readers (and podcast apps, and OPML readers for `text`) treat
 * `title` and `itunes:summary` alike. The text is escaped for HTML here and then for XML by `xml`,
 * so `<script>` in a summary reaches the reader as the text "<script>", never as markup. Only `&`,
 * `<` and `>`: quotes are harmless in element text, and a reader that shows the field as plain text
 * then shows them as they are.
 */
export const feedText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const NAMESPACES = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
}

/** One `<item>`, serialised once: an article is in many feeds (its areas', its units', their wards'). */
export type FeedItem = { publishedAt: string; xml: string }

/** An `<item>` of these elements (fast-xml-parser's object form), for `publishedAt`. */
export const feedItem = (publishedAt: string, item: Record<string, unknown>): FeedItem => ({ publishedAt, xml: xml.build({ item }) })

export type FeedOptions = {
  site: URL
  title: string
  description: string
  /** Public path of this feed, for its atom:link rel="self". */
  selfPath: string
  /** Newest first; the first FEED_SIZE are published. */
  items: FeedItem[]
  /** More channel elements (e.g. the iTunes ones of the radio feed). */
  channel?: Record<string, unknown>
}

/**
 * The FEED_SIZE newest of `entries` by `dateOf`: a feed publishes only those, so only those need
 * to become feed items (an article's item cleans its whole body again).
 */
export function newestEntries<T>(entries: readonly T[], dateOf: (entry: T) => string): T[] {
  return [...entries].sort((a, b) => dateOf(b).localeCompare(dateOf(a))).slice(0, FEED_SIZE)
}

/**
 * One RSS 2.0 channel as newsrooms expect it: language vi, lastBuildDate and pubDate with the
 * Vietnam offset, atom:link rel="self", an image, a ttl, and an XSL stylesheet so a person who
 * opens it in a browser reads what it is and how to subscribe.
 */
export function rssFeed({ site, title, description, selfPath, items, channel = {} }: FeedOptions): Response {
  const published = newestEntries(items, (item) => item.publishedAt)
  const siteUrl = site.href
  const document = xml.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    '?xml-stylesheet': { '@_href': publicPaths.feedStylesheet(), '@_type': 'text/xsl' },
    rss: {
      '@_version': '2.0',
      ...Object.fromEntries(Object.entries(NAMESPACES).map(([prefix, uri]) => [`@_xmlns:${prefix}`, uri])),
      channel: {
        title: feedText(title),
        description: feedText(description),
        link: siteUrl,
        language: 'vi',
        lastBuildDate: toRfc822Vietnam(new Date()),
        ...(published[0] ? { pubDate: toRfc822Vietnam(published[0].publishedAt) } : {}),
        'atom:link': { '@_href': absoluteUrl(selfPath, siteUrl), '@_rel': 'self', '@_type': 'application/rss+xml' },
        copyright: `© ${siteInfo.publisher}`,
        ttl: TTL_MINUTES,
        image: { url: absoluteUrl(publicPaths.feedLogo(), siteUrl), title: feedText(title), link: siteUrl },
        ...channel,
      },
    },
  }) as string
  // The items go in whole, as they were serialised, at the end of the channel.
  const end = document.lastIndexOf('</channel>')
  const body = `${document.slice(0, end)}${published.map((item) => item.xml).join('')}${document.slice(end)}`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
