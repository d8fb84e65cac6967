import type { APIRoute, GetStaticPaths } from 'astro'
import { formatDateVi, publicPaths } from '@reform/shared'
import { articleItem } from '../../../feeds/items'
import { FEED_SIZE, rssFeed } from '../../../feeds/rssFeed'
import { getUnitFeedArticles, getUnits, type Article, type Unit } from '../../../lib/content'
import { withCacheKeys } from '../../../lib/cacheKeys'

export const getStaticPaths = (async () =>
  withCacheKeys(
    await Promise.all(
      (await getUnits()).map(async (unit) => ({
        params: { unit: unit.slug },
        props: { unit, articles: (await getUnitFeedArticles(unit)).slice(0, FEED_SIZE) },
      })),
    ),
  )) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site, props }) => {
  const { unit, articles } = props as { unit: Unit; articles: Article[] }
  // A dissolved unit's feed keeps working for its old subscribers and says where the unit went.
  const merged = unit.dissolvedAt
    ? `Đơn vị đã giải thể, sắp xếp từ ngày ${formatDateVi(unit.dissolvedAt)}${unit.mergedIntoUnit ? ` và sáp nhập vào ${unit.mergedIntoUnit.name}: theo dõi ${new URL(publicPaths.feeds.unit(unit.mergedIntoUnit.slug), site).href}` : ''}. `
    : ''
  return rssFeed({
    site: site!,
    title: unit.name,
    description: `${merged}Tin của ${unit.name} và tin cấp tỉnh gửi cơ sở đăng lại.`,
    selfPath: publicPaths.feeds.unit(unit.slug),
    items: articles.map((article) => articleItem(article, site!)),
  })
}
