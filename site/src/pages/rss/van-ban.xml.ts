import type { APIRoute } from 'astro'
import { publicPaths } from '@reform/shared'
import { documentItem } from '../../feeds/items'
import { newestEntries, rssFeed } from '../../feeds/rssFeed'
import { getDocuments } from '../../lib/content'

export const GET: APIRoute = async ({ site }) =>
  rssFeed({
    site: site!,
    title: 'Văn bản chỉ đạo, điều hành',
    description: 'Văn bản chỉ đạo, điều hành mới, kèm tệp toàn văn.',
    selfPath: publicPaths.feeds.documents(),
    items: newestEntries(await getDocuments(), (document) => document.issuedAt).map((document) => documentItem(document, site!)),
  })
