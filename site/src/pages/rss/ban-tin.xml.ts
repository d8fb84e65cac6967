import type { APIRoute } from 'astro'
import { publicPaths } from '@reform/shared'
import { bulletinItem } from '../../feeds/items'
import { newestEntries, rssFeed } from '../../feeds/rssFeed'
import { getBulletins } from '../../lib/content'

export const GET: APIRoute = async ({ site }) =>
  rssFeed({
    site: site!,
    title: 'Bản tin điện tử cải cách hành chính',
    description: 'Mỗi số bản tin điện tử CCHC, kèm mục lục và bản PDF.',
    selfPath: publicPaths.feeds.bulletins(),
    items: newestEntries(await getBulletins(), (bulletin) => bulletin.issueDate).map((bulletin) => bulletinItem(bulletin, site!)),
  })
