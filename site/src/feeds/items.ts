import {
  absoluteUrl,
  DOCUMENT_TYPES,
  formatDateVi,
  optionLabel,
  PRACTICE_KINDS,
  publicPaths,
  sanitizeArticleHtml,
  toRfc822Vietnam,
} from '@reform/shared'
import escape from 'escape-html'
import type { Article, Bulletin, Document, Practice } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'
import { xml, type FeedItem } from './rssFeed'

/** A guid that survives edits of title and slug: the CMS id under the site's host. */
const guid = (site: URL, kind: string, id: number) => ({ '#text': `tag:${site.hostname},2026:${kind}:${id}`, '@_isPermaLink': 'false' })

const enclosure = (file: { url: string; filesize: number; mimeType: string } | undefined) =>
  file ? { url: file.url, length: file.filesize, type: file.mimeType } : undefined

// An article is in several feeds (the site's, its areas', its units' and their wards'): its item,
// which cleans the whole body, is made once per article and site.
const articleItems = new WeakMap<Article, { site: string; item: FeedItem }>()

/** An article: full sanitised HTML with absolute URLs, a category per reform area, the hero image. */
export function articleItem(article: Article, site: URL): FeedItem {
  const known = articleItems.get(article)
  if (known?.site === site.href) return known.item
  const item: FeedItem = {
    publishedAt: article.publishedAt,
    title: article.title,
    link: absoluteUrl(publicPaths.article(article.slug), site.href),
    description: article.summary ?? undefined,
    content: sanitizeArticleHtml(article.bodyHtml, { baseUrl: site.href }),
    categories: article.reformAreas.map((area) => area.name),
    enclosure: enclosure(article.heroImage),
    customData: xml.build({
      guid: guid(site, 'article', article.id),
      pubDate: toRfc822Vietnam(article.publishedAt),
      'dc:creator': article.authorName ?? siteInfo.publisher,
    }),
  }
  articleItems.set(article, { site: site.href, item })
  return item
}

/** A bulletin issue, with its table of contents as the content. */
export function bulletinItem(bulletin: Bulletin, site: URL): FeedItem {
  const contents = bulletin.sections
    .map(
      (section) =>
        `<h2>${escape(section.heading)}</h2><ol>${section.articles
          .map((article) => `<li><a href="${absoluteUrl(publicPaths.article(article.slug), site.href)}">${escape(article.title)}</a></li>`)
          .join('')}</ol>`,
    )
    .join('')
  return {
    publishedAt: bulletin.issueDate,
    title: bulletin.title,
    link: absoluteUrl(publicPaths.bulletinIssue(bulletin.year, bulletin.number), site.href),
    description: `${bulletin.title}, phát hành ngày ${formatDateVi(bulletin.issueDate)}.`,
    content: sanitizeArticleHtml(contents, { baseUrl: site.href }),
    categories: [...new Set(bulletin.sections.flatMap((section) => (section.reformArea ? [section.reformArea.name] : [])))],
    enclosure: enclosure(bulletin.pdf),
    customData: xml.build({ guid: guid(site, 'bulletin', bulletin.id), pubDate: toRfc822Vietnam(bulletin.issueDate), 'dc:creator': siteInfo.publisher }),
  }
}

/** A good practice, its results as a list. */
export function practiceItem(practice: Practice, site: URL): FeedItem {
  const kind = optionLabel(PRACTICE_KINDS, practice.kind)
  const results = practice.results.length
    ? `<h2>Kết quả</h2><ul>${practice.results.map((result) => `<li>${escape(result.outcome)}</li>`).join('')}</ul>`
    : ''
  return {
    publishedAt: practice.updatedAt,
    title: practice.title,
    link: absoluteUrl(publicPaths.practice(practice.slug), site.href),
    description: practice.summary,
    content: sanitizeArticleHtml(`<p>${escape(practice.summary)}</p>${results}`, { baseUrl: site.href }),
    categories: [kind, ...practice.reformAreas.map((area) => area.name)],
    enclosure: enclosure(practice.images[0]),
    customData: xml.build({
      guid: guid(site, 'practice', practice.id),
      pubDate: toRfc822Vietnam(practice.updatedAt),
      'dc:creator': practice.unit?.name ?? siteInfo.publisher,
    }),
  }
}

/** A new document, its file as the enclosure. */
export function documentItem(document: Document, site: URL): FeedItem {
  const type = optionLabel(DOCUMENT_TYPES, document.type)
  return {
    publishedAt: document.issuedAt,
    title: `${type} ${document.number}: ${document.title}`,
    link: absoluteUrl(publicPaths.document(document.slug), site.href),
    description: document.summary ?? document.title,
    categories: [type, ...document.reformAreas.map((area) => area.name)],
    enclosure: enclosure(document.file),
    customData: xml.build({
      guid: guid(site, 'document', document.id),
      pubDate: toRfc822Vietnam(document.issuedAt),
      'dc:creator': document.issuer,
    }),
  }
}

/** A radio item for commune loudspeakers: the plain-text script, the recording as the enclosure. */
export function radioItem(article: Article, site: URL): FeedItem {
  const script = article.radioScript ?? article.summary ?? ''
  return {
    publishedAt: article.publishedAt,
    title: article.title,
    link: absoluteUrl(publicPaths.article(article.slug), site.href),
    description: script,
    categories: article.reformAreas.map((area) => area.name),
    enclosure: enclosure(article.audio),
    customData: xml.build({
      guid: guid(site, 'radio', article.id),
      pubDate: toRfc822Vietnam(article.publishedAt),
      'dc:creator': article.authorName ?? siteInfo.publisher,
      'itunes:summary': script,
      'itunes:explicit': 'false',
      'itunes:author': article.authorName ?? siteInfo.publisher,
    }),
  }
}
