import type { APIRoute, GetStaticPaths } from 'astro'
import { formatDateVi, publicPaths } from '@reform/shared'
import { articleItem } from '../../../feeds/items'
import { rssFeed } from '../../../feeds/rssFeed'
import { getUnitFeedArticles, getUnits, type Unit } from '../../../lib/content'

export const getStaticPaths = (async () => (await getUnits()).map((unit) => ({ params: { unit: unit.slug }, props: { unit } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site, props }) => {
  const { unit } = props as { unit: Unit }
  // A dissolved unit's feed keeps working for its old subscribers and says where the unit went.
  const merged = unit.dissolvedAt
    ? `Đơn vị đã giải thể, sắp xếp từ ngày ${formatDateVi(unit.dissolvedAt)}${unit.mergedIntoUnit ? ` và sáp nhập vào ${unit.mergedIntoUnit.name}: theo dõi ${new URL(publicPaths.feeds.unit(unit.mergedIntoUnit.slug), site).href}` : ''}. `
    : ''
  return rssFeed({
    site: site!,
    title: unit.name,
    description: `${merged}Tin của ${unit.name} và tin cấp tỉnh gửi cơ sở đăng lại.`,
    selfPath: publicPaths.feeds.unit(unit.slug),
    items: (await getUnitFeedArticles(unit)).map((article) => articleItem(article, site!)),
  })
}
