import rss from '@astrojs/rss'
import { XMLBuilder } from 'fast-xml-parser'
import { absoluteUrl, publicPaths, sanitizeArticleHtml, toRfc822Vietnam } from '@reform/shared'
import type { Article } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'

export const FEED_SIZE = 50

type Options = {
  site: URL
  title: string
  description: string
  /** Public path of this feed, for its atom:link rel="self". */
  selfPath: string
  articles: Article[]
}

// @astrojs/rss takes extra elements as an XML string; building it with an XML library keeps every
// value escaped exactly once.
const xml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true })

/** A guid that survives edits of title and slug: the CMS id under the site's host. */
function articleGuid(article: Article, site: URL): string {
  return `tag:${site.hostname},2026:article:${article.id}`
}

/**
 * RSS 2.0 for newsrooms: full sanitised HTML with absolute URLs in content:encoded, dates with the
 * Vietnam offset, one category per reform area.
 */
export function articleFeed({ site, title, description, selfPath, articles }: Options): Promise<Response> {
  const items = articles.slice(0, FEED_SIZE)
  const siteUrl = site.href
  return rss({
    title,
    description,
    site: siteUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: xml.build({
      language: 'vi',
      lastBuildDate: toRfc822Vietnam(new Date()),
      ...(items[0] ? { pubDate: toRfc822Vietnam(items[0].publishedAt) } : {}),
      'atom:link': { '@_href': absoluteUrl(selfPath, siteUrl), '@_rel': 'self', '@_type': 'application/rss+xml' },
      copyright: `© ${siteInfo.publisher}`,
    }),
    items: items.map((article) => ({
      title: article.title,
      link: absoluteUrl(publicPaths.article(article.slug), siteUrl),
      description: article.summary ?? undefined,
      content: sanitizeArticleHtml(article.bodyHtml, { baseUrl: siteUrl }),
      categories: article.reformAreas.map((area) => area.name),
      enclosure: article.heroImage
        ? { url: article.heroImage.url, length: article.heroImage.filesize, type: article.heroImage.mimeType }
        : undefined,
      customData: xml.build({
        guid: { '#text': articleGuid(article, site), '@_isPermaLink': 'false' },
        pubDate: toRfc822Vietnam(article.publishedAt),
        ...(article.authorName ? { 'dc:creator': article.authorName } : {}),
      }),
    })),
  })
}
