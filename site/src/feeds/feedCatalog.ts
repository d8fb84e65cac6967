import { publicPaths } from '@reform/shared'
import { getReformAreas, getUnitFeedArticles, getUnits, type Unit } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'
import { mergerNotice, mergerSentence } from '../lib/units'

export type FeedEntry = { title: string; path: string; description: string }
/** `note`: a line (and a link) the /rss/ page shows above the section's feeds; the OPML has no room for it. */
export type FeedSection = { name: string; note?: { text: string; link: { href: string; label: string } }; feeds: FeedEntry[] }

/** What a unit's feed carries, in a sentence (the feed's own description and its line on /rss/). */
export const unitFeedDescription = (unit: Unit, hasUnitsBelow: boolean): string =>
  hasUnitsBelow ? `Tin của ${unit.name} và các đơn vị trực thuộc.` : `Tin của ${unit.name} và tin cấp tỉnh gửi cơ sở đăng lại.`

/**
 * Every feed the site publishes, grouped as the /rss/ page and the OPML file list them. A unit's
 * feed is listed once it has an item (a province's holds its communes' news): an empty one is
 * still published, for whoever subscribed, but not offered.
 */
export async function feedCatalog(): Promise<FeedSection[]> {
  const [areas, units] = await Promise.all([getReformAreas(), getUnits()])
  const parents = new Set(units.map((unit) => unit.parent))
  const withNews = (await Promise.all(units.map(async (unit) => ((await getUnitFeedArticles(unit)).length > 0 ? [unit] : [])))).flat()
  return [
    {
      name: 'Nguồn tin chung',
      feeds: [
        { title: `${siteInfo.name}: tin mới`, path: publicPaths.feeds.all(), description: 'Mọi tin bài mới nhất.' },
        { title: 'Bản tin điện tử CCHC', path: publicPaths.feeds.bulletins(), description: 'Mỗi số bản tin, kèm mục lục.' },
        { title: 'Mô hình mới, cách làm hay', path: publicPaths.feeds.practices(), description: 'Sáng kiến và cách làm hay.' },
        { title: 'Văn bản chỉ đạo, điều hành', path: publicPaths.feeds.documents(), description: 'Văn bản mới, kèm tệp toàn văn.' },
        { title: 'Tin phát thanh', path: publicPaths.feeds.radio(), description: 'Kịch bản và tệp âm thanh cho đài truyền thanh cơ sở; nghe được bằng ứng dụng podcast.' },
      ],
    },
    {
      name: 'Theo lĩnh vực cải cách',
      feeds: areas.map((area) => ({ title: area.name, path: publicPaths.feeds.reformArea(area.slug), description: `Tin về ${area.name.toLowerCase()}.` })),
    },
    {
      name: 'Theo đơn vị',
      note: {
        text: 'Đơn vị nào đã có tin thì có trong danh sách này; nguồn tin của một tỉnh, thành phố gồm cả tin các xã, phường, đặc khu trực thuộc.',
        link: { href: publicPaths.unitList(), label: 'Danh sách mọi đơn vị' },
      },
      feeds: withNews.map((unit) => {
        const notice = mergerNotice(unit)
        return {
          title: unit.name,
          path: publicPaths.feeds.unit(unit.slug),
          description: notice ? `${mergerSentence(notice)}.` : unitFeedDescription(unit, parents.has(unit.id)),
        }
      }),
    },
  ]
}
