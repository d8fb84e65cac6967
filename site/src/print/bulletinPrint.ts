import { absoluteUrl, publicPaths } from '@reform/shared'
import type { Bulletin } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'
import type { BulletinPrint } from './bulletinPdf'

/** What a bulletin issue's PDF is made from. */
export const bulletinPrint = (bulletin: Bulletin, site: string): BulletinPrint => ({
  number: bulletin.number,
  year: bulletin.year,
  issueDate: bulletin.issueDate,
  title: bulletin.title,
  publisher: siteInfo.publisher,
  introductionHtml: bulletin.introductionHtml,
  url: absoluteUrl(publicPaths.bulletinIssue(bulletin.year, bulletin.number), site),
  sections: bulletin.sections.map((section) => ({
    heading: section.heading,
    articles: section.articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(publicPaths.article(article.slug), site),
      summary: article.summary,
      bodyHtml: article.bodyHtml,
      publishedAt: article.publishedAt,
      unitNames: article.units.map((unit) => unit.name),
    })),
  })),
})
