import type { APIRoute, GetStaticPaths } from 'astro'
import { publicPaths } from '@reform/shared'
import { unitFeedDescription } from '../../../feeds/feedCatalog'
import { articleItem } from '../../../feeds/items'
import { FEED_SIZE, rssFeed } from '../../../feeds/rssFeed'
import { getUnitFeedArticles, getUnits, type Article, type Unit } from '../../../lib/content'
import { withCacheKeys } from '../../../lib/cacheKeys'
import { mergerNotice, mergerSentence } from '../../../lib/units'

export const getStaticPaths = (async () => {
  const units = await getUnits()
  const parents = new Set(units.map((unit) => unit.parent))
  return withCacheKeys(
    await Promise.all(
      units.map(async (unit) => ({
        params: { unit: unit.slug },
        props: { unit, hasUnitsBelow: parents.has(unit.id), articles: (await getUnitFeedArticles(unit)).slice(0, FEED_SIZE) },
      })),
    ),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site, props }) => {
  const { unit, hasUnitsBelow, articles } = props as { unit: Unit; hasUnitsBelow: boolean; articles: Article[] }
  // A dissolved unit's feed keeps working for its old subscribers and says where the unit went.
  const notice = mergerNotice(unit)
  const merged = notice ? `${mergerSentence(notice)}${notice.into ? `: theo dõi ${new URL(publicPaths.feeds.unit(notice.into.slug), site).href}` : ''}. ` : ''
  return rssFeed({
    site: site!,
    title: unit.name,
    description: `${merged}${unitFeedDescription(unit, hasUnitsBelow)}`,
    selfPath: publicPaths.feeds.unit(unit.slug),
    items: articles.map((article) => articleItem(article, site!)),
  })
}
