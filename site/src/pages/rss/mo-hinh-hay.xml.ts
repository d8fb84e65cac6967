import type { APIRoute } from 'astro'
import { publicPaths } from '@reform/shared'
import { practiceItem } from '../../feeds/items'
import { newestEntries, rssFeed } from '../../feeds/rssFeed'
import { getPractices } from '../../lib/content'

export const GET: APIRoute = async ({ site }) =>
  rssFeed({
    site: site!,
    title: 'Mô hình mới, cách làm hay',
    description: 'Sáng kiến, cách làm hay và gương điển hình trong cải cách hành chính.',
    selfPath: publicPaths.feeds.practices(),
    items: newestEntries(await getPractices(), (practice) => practice.updatedAt).map((practice) => practiceItem(practice, site!)),
  })
