import type { APIRoute, GetStaticPaths } from 'astro'
import { publicPaths, type PublicReformArea } from '@reform/shared'
import { articleItem } from '../../../feeds/items'
import { FEED_SIZE, rssFeed } from '../../../feeds/rssFeed'
import { getArticlesInArea, getReformAreas, type Article } from '../../../lib/content'
import { siteInfo } from '../../../lib/siteInfo'
import { withCacheKeys } from '../../../lib/cacheKeys'

export const getStaticPaths = (async () =>
  withCacheKeys(
    await Promise.all(
      (await getReformAreas()).map(async (area) => ({
        params: { area: area.slug },
        props: { area, articles: (await getArticlesInArea(area.id)).slice(0, FEED_SIZE) },
      })),
    ),
  )) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site, props }) => {
  const { area, articles } = props as { area: PublicReformArea; articles: Article[] }
  return rssFeed({
    site: site!,
    title: `${area.name} | ${siteInfo.name}`,
    description: area.description ?? `Tin về ${area.name.toLowerCase()}.`,
    selfPath: publicPaths.feeds.reformArea(area.slug),
    items: articles.map((article) => articleItem(article, site!)),
  })
}
