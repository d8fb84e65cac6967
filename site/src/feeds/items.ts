import {
  absoluteUrl,
  clockDuration,
  DOCUMENT_TYPES,
  formatDateVi,
  optionLabel,
  PRACTICE_KINDS,
  printPaths,
  publicPaths,
  sanitizeArticleHtml,
  toRfc822Vietnam,
} from '@reform/shared'
import escape from 'escape-html'
import type { Article, Bulletin, Document, Practice } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'
import { printedLink } from '../print/printedFiles'
import { feedItem, feedText, type FeedItem } from './rssFeed'

type File = { url: string; filesize: number; mimeType: string }

type ItemFields = {
  /** The CMS collection's kind and id: the guid, which survives edits of title and slug. */
  guid: [kind: string, id: number]
  publishedAt: string
  title: string
  link: string
  description?: string | null
  /** HTML for content:encoded. */
  content?: string
  creator: string
  /** Elements of the item's own namespace (the radio feed's iTunes ones). */
  more?: Record<string, unknown>
  categories: string[]
  enclosure?: File
}

/** One item, its elements in the order feed readers are used to. */
function item(site: URL, { guid: [kind, id], publishedAt, title, link, description, content, creator, more, categories, enclosure }: ItemFields): FeedItem {
  return feedItem(publishedAt, {
    title: feedText(title),
    link,
    guid: { '#text': `tag:${site.hostname},2026:${kind}:${id}`, '@_isPermaLink': 'false' },
    ...(description ? { description: feedText(description) } : {}),
    ...(content === undefined ? {} : { 'content:encoded': content }),
    pubDate: toRfc822Vietnam(publishedAt),
    'dc:creator': creator,
    ...more,
    category: categories,
    ...(enclosure ? { enclosure: { '@_url': absoluteUrl(enclosure.url, site.href), '@_length': enclosure.filesize, '@_type': enclosure.mimeType } } : {}),
  })
}

// An article is in several feeds (the site's, its areas', its units' and their wards'): its item,
// which cleans the whole body, is made once per article and site.
const articleItems = new WeakMap<Article, { site: string; item: FeedItem }>()

/** An article: full sanitised HTML with absolute URLs, a category per reform area, the hero image. */
export function articleItem(article: Article, site: URL): FeedItem {
  const known = articleItems.get(article)
  if (known?.site === site.href) return known.item
  const made = item(site, {
    guid: ['article', article.id],
    publishedAt: article.publishedAt,
    title: article.title,
    link: absoluteUrl(publicPaths.article(article.slug), site.href),
    description: article.summary,
    content: sanitizeArticleHtml(article.bodyHtml, { baseUrl: site.href }),
    creator: article.authorName ?? siteInfo.publisher,
    categories: article.reformAreas.map((area) => area.name),
    enclosure: article.heroImage,
  })
  articleItems.set(article, { site: site.href, item: made })
  return made
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
  // The PDF the build made, once made (it has no known size yet for an enclosure; an uploaded one is the enclosure).
  const madePdf = bulletin.pdf ? undefined : printedLink(printPaths.bulletinPdf(bulletin.year, bulletin.number))
  const pdfLink = madePdf ? `<p><a href="${absoluteUrl(madePdf, site.href)}">Tải bản PDF (khổ A4)</a></p>` : ''
  return item(site, {
    guid: ['bulletin', bulletin.id],
    publishedAt: bulletin.issueDate,
    title: bulletin.title,
    link: absoluteUrl(publicPaths.bulletinIssue(bulletin.year, bulletin.number), site.href),
    description: `${bulletin.title}, phát hành ngày ${formatDateVi(bulletin.issueDate)}.`,
    content: sanitizeArticleHtml(contents + pdfLink, { baseUrl: site.href }),
    creator: siteInfo.publisher,
    categories: [...new Set(bulletin.sections.flatMap((section) => (section.reformArea ? [section.reformArea.name] : [])))],
    enclosure: bulletin.pdf,
  })
}

/** A good practice, its results as a list. */
export function practiceItem(practice: Practice, site: URL): FeedItem {
  const results = practice.results.length ? `<h2>Kết quả</h2><ul>${practice.results.map((result) => `<li>${escape(result.outcome)}</li>`).join('')}</ul>` : ''
  return item(site, {
    guid: ['practice', practice.id],
    publishedAt: practice.updatedAt,
    title: practice.title,
    link: absoluteUrl(publicPaths.practice(practice.slug), site.href),
    description: practice.summary,
    content: sanitizeArticleHtml(`<p>${escape(practice.summary)}</p>${results}`, { baseUrl: site.href }),
    creator: practice.unit?.name ?? siteInfo.publisher,
    categories: [optionLabel(PRACTICE_KINDS, practice.kind), ...practice.reformAreas.map((area) => area.name)],
    enclosure: practice.images[0],
  })
}

/** A new document, its file as the enclosure. */
export function documentItem(document: Document, site: URL): FeedItem {
  const type = optionLabel(DOCUMENT_TYPES, document.type)
  return item(site, {
    guid: ['document', document.id],
    publishedAt: document.issuedAt,
    title: `${type} ${document.number}: ${document.title}`,
    link: absoluteUrl(publicPaths.document(document.slug), site.href),
    description: document.summary ?? document.title,
    creator: document.issuer,
    categories: [type, ...document.reformAreas.map((area) => area.name)],
    enclosure: document.file,
  })
}

/** A radio item for commune loudspeakers: the plain-text script, the recording as the enclosure (with its length when known). */
export function radioItem(article: Article, site: URL): FeedItem {
  const script = article.radioScript ?? article.summary ?? ''
  const author = article.authorName ?? siteInfo.publisher
  return item(site, {
    guid: ['radio', article.id],
    publishedAt: article.publishedAt,
    title: article.title,
    link: absoluteUrl(publicPaths.article(article.slug), site.href),
    description: script,
    creator: author,
    more: {
      'itunes:summary': feedText(script),
      'itunes:explicit': 'false',
      'itunes:author': author,
      ...(article.audio?.durationSeconds != null ? { 'itunes:duration': clockDuration(article.audio.durationSeconds) } : {}),
    },
    categories: article.reformAreas.map((area) => area.name),
    enclosure: article.audio,
  })
}
