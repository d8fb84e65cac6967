import type { APIRoute, GetStaticPaths } from 'astro'
import { publicPaths, type PublicReformArea } from '@reform/shared'
import { articleItem } from '../../../feeds/items'
import { rssFeed } from '../../../feeds/rssFeed'
import { getArticlesInArea, getReformAreas } from '../../../lib/content'
import { siteInfo } from '../../../lib/siteInfo'

export const getStaticPaths = (async () =>
  (await getReformAreas()).map((area) => ({ params: { area: area.slug }, props: { area } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site, props }) => {
  const { area } = props as { area: PublicReformArea }
  return rssFeed({
    site: site!,
    title: `${area.name} | ${siteInfo.name}`,
    description: area.description ?? `Tin về ${area.name.toLowerCase()}.`,
    selfPath: publicPaths.feeds.reformArea(area.slug),
    items: (await getArticlesInArea(area.id)).map((article) => articleItem(article, site!)),
  })
}
