import type { APIRoute } from 'astro'
import { absoluteUrl, publicPaths } from '@reform/shared'
import { radioItem } from '../../feeds/items'
import { feedText, newestEntries, rssFeed } from '../../feeds/rssFeed'
import { getArticles } from '../../lib/content'
import { siteInfo } from '../../lib/siteInfo'

/** For commune loudspeakers and podcast apps: radio items with a recording. */
export const GET: APIRoute = async ({ site }) =>
  rssFeed({
    site: site!,
    title: `Tin phát thanh cải cách hành chính | ${siteInfo.publisher}`,
    description: 'Tin phát thanh về cải cách hành chính: kịch bản đọc và tệp âm thanh cho đài truyền thanh xã, phường.',
    selfPath: publicPaths.feeds.radio(),
    items: newestEntries(
      (await getArticles()).filter((article) => article.kind === 'radio' && article.audio),
      (article) => article.publishedAt,
    ).map((article) => radioItem(article, site!)),
    channel: {
      'itunes:author': siteInfo.publisher,
      'itunes:summary': feedText('Tin phát thanh về cải cách hành chính cho đài truyền thanh cơ sở.'),
      'itunes:explicit': 'false',
      'itunes:type': 'episodic',
      'itunes:image': { '@_href': absoluteUrl(publicPaths.feedLogo(), site!.href) },
      'itunes:category': { '@_text': 'Government' },
      'itunes:owner': { 'itunes:name': siteInfo.publisher },
    },
  })
