import type { APIRoute } from 'astro'
import { publicPaths } from '@reform/shared'
import { articleItem } from '../feeds/items'
import { newestEntries, rssFeed } from '../feeds/rssFeed'
import { getArticles } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'

export const GET: APIRoute = async ({ site }) =>
  rssFeed({
    site: site!,
    title: siteInfo.name,
    description: `Tin mới nhất: ${siteInfo.description}`,
    selfPath: publicPaths.feeds.all(),
    items: newestEntries(await getArticles(), (article) => article.publishedAt).map((article) => articleItem(article, site!)),
  })
