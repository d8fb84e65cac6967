import { absoluteUrl, publicPaths } from '@reform/shared'
import type { Article, Practice } from '../lib/content'
import { keyPointsOf } from './keyPoints'
import type { SheetItem } from './noticeSheet'

/** Key points on a sheet: more would not fit the type size a notice board needs. */
const KEY_POINTS = 5

/** An article as an item of a weekly sheet: its headline, no key points (a body edit does not remake the sheet). */
export const articleHeadline = (article: Article, site: string): SheetItem => ({
  title: article.title,
  summary: article.summary,
  keyPoints: [],
  unitName: article.units[0]?.name,
  publishedAt: article.publishedAt,
  url: absoluteUrl(publicPaths.article(article.slug), site),
})

// Both papers' paths ask for the same article's item: its body is parsed once per listing.
const articleItems = new WeakMap<Article, SheetItem>()

/** What an article's notice-board sheet shows: only these, so a change elsewhere does not remake it. */
export function articleSheetItem(article: Article, site: string): SheetItem {
  let item = articleItems.get(article)
  if (!item) articleItems.set(article, (item = { ...articleHeadline(article, site), keyPoints: keyPointsOf(article.bodyHtml, KEY_POINTS) }))
  return item
}

/** A good practice's sheet: its results are its key points. */
export const practiceSheetItem = (practice: Practice, site: string): SheetItem => ({
  title: practice.title,
  summary: practice.summary,
  keyPoints: practice.results.map((result) => result.outcome).slice(0, KEY_POINTS),
  unitName: practice.unit?.name,
  publishedAt: practice.updatedAt,
  url: absoluteUrl(publicPaths.practice(practice.slug), site),
})
