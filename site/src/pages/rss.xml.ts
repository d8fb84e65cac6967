import type { APIRoute } from 'astro'
import { publicPaths } from '@reform/shared'
import { articleFeed } from '../feeds/articleFeed'
import { getArticles } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'

export const GET: APIRoute = async ({ site }) =>
  articleFeed({
    site: site!,
    title: siteInfo.name,
    description: `Tin mới nhất: ${siteInfo.description}`,
    selfPath: publicPaths.feeds.all(),
    articles: await getArticles(),
  })
