import { absoluteUrl, publicPaths } from '@reform/shared'
import type { Article, Practice } from '../lib/content'
import { keyPointsOf } from './keyPoints'
import type { SheetItem } from './noticeSheet'

/** Key points on a sheet: more would not fit the type size a notice board needs. */
const KEY_POINTS = 5

/** What an article's notice-board sheet shows: only these, so a change elsewhere does not remake it. */
export const articleSheetItem = (article: Article, site: string): SheetItem => ({
  title: article.title,
  summary: article.summary,
  keyPoints: keyPointsOf(article.bodyHtml, KEY_POINTS),
  unitName: article.units[0]?.name,
  publishedAt: article.publishedAt,
  url: absoluteUrl(publicPaths.article(article.slug), site),
})

/** A good practice's sheet: its results are its key points. */
export const practiceSheetItem = (practice: Practice, site: string): SheetItem => ({
  title: practice.title,
  summary: practice.summary,
  keyPoints: practice.results.map((result) => result.outcome).slice(0, KEY_POINTS),
  unitName: practice.unit?.name,
  publishedAt: practice.updatedAt,
  url: absoluteUrl(publicPaths.practice(practice.slug), site),
})
