import { publicPaths } from '@reform/shared'
import { getReformAreas, getUnits } from '../lib/content'
import { siteInfo } from '../lib/siteInfo'

export type FeedEntry = { title: string; path: string; description: string }
export type FeedSection = { name: string; feeds: FeedEntry[] }

/** Every feed the site publishes, grouped as the /rss/ page and the OPML file list them. */
export async function feedCatalog(): Promise<FeedSection[]> {
  const [areas, units] = await Promise.all([getReformAreas(), getUnits()])
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
      feeds: units.map((unit) => ({
        title: unit.name,
        path: publicPaths.feeds.unit(unit.slug),
        description: unit.mergedIntoUnit ? `Đơn vị đã sáp nhập vào ${unit.mergedIntoUnit.name}.` : `Tin của ${unit.name} và tin tỉnh gửi cơ sở đăng lại.`,
      })),
    },
  ]
}
