import type { APIRoute } from 'astro'
import { absoluteUrl } from '@reform/shared'
import { feedCatalog } from '../../feeds/feedCatalog'
import { feedText, xml } from '../../feeds/rssFeed'
import { siteInfo } from '../../lib/siteInfo'

/** Every feed in one file, for newsrooms to import into their reader at once. */
export const GET: APIRoute = async ({ site }) => {
  const body = xml.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    opml: {
      '@_version': '2.0',
      head: { title: feedText(`Nguồn tin RSS: ${siteInfo.name}`), dateCreated: new Date().toUTCString() },
      body: {
        outline: (await feedCatalog()).map((section) => ({
          '@_text': feedText(section.name),
          outline: section.feeds.map((feed) => ({
            '@_type': 'rss',
            '@_text': feedText(feed.title),
            '@_title': feedText(feed.title),
            '@_xmlUrl': absoluteUrl(feed.path, site!.href),
            '@_description': feedText(feed.description),
          })),
        })),
      },
    },
  })
  return new Response(body, { headers: { 'content-type': 'text/x-opml; charset=utf-8' } })
}
