import type { ArticlePlan } from './articlePlan'
import { AREA_PHRASES } from './articlePhrases'
import { CORPUS_MONTHS, vietnamTime, workingDays } from './calendar'
import type { CorpusSize } from './corpusSize'
import type { Random } from './random'

export type BulletinPlan = {
  issueDate: Date
  /** Markdown of the editorial introduction. */
  introduction: string
  sections: Array<{ heading: string; reformArea: number; articles: number[] }>
  cover?: number
}

const MAX_SECTIONS = 4
const MAX_ARTICLES_PER_SECTION = 4
const CLOSINGS = [
  'Mời quý bạn đọc theo dõi và góp ý để bản tin ngày càng hữu ích.',
  'Ban biên tập trân trọng cảm ơn các cơ quan, đơn vị đã cung cấp thông tin.',
  'Các cơ quan, đơn vị tiếp tục gửi tin, bài về cách làm hay để bản tin giới thiệu rộng rãi.',
]

/** Issue dates for `perMonth` issues a month: weekly, around the 7th, 14th, 21st and 28th, up to four; above that spread over the working days. */
function schedule(random: Random, perMonth: number): Date[] {
  if (perMonth <= 4) return CORPUS_MONTHS.flatMap(({ year, month }) => [7, 14, 21, 28].map((day) => vietnamTime(year, month, day - random.int(0, 2))))
  return CORPUS_MONTHS.flatMap((month) => {
    const days = workingDays(month)
    return Array.from({ length: perMonth }, (_, k) => vietnamTime(month.year, month.month, days[Math.floor(((k + 0.5) * days.length) / perMonth)]!))
  })
}

/**
 * Four issues a month, or an even spread of them at a smaller scale, or, in a bigger portal, as
 * many working days a month as it takes; the newest always included. Each issue gathers, by
 * reform area, the articles published since the issue before it.
 */
export function planBulletins(random: Random, size: CorpusSize, articles: ArticlePlan[], imageCount: number): BulletinPlan[] {
  const issueDates = schedule(random, Math.ceil(size.bulletins / CORPUS_MONTHS.length))
  const chosen = Array.from({ length: size.bulletins }, (_, i) => issueDates[Math.floor(((i + 1) * issueDates.length) / size.bulletins) - 1]!)
  // Articles come in order of publication (planArticles): those before the issue in hand end at `published`.
  let previous = 0
  let published = 0
  return chosen.map((issueDate) => {
    while (published < articles.length && articles[published]!.publishedAt < issueDate) published++
    // Since the issue before, or the latest three if nothing came out in between.
    const first = published > previous ? previous : Math.max(0, published - 3)
    previous = published
    const byArea = new Map<number, number[]>()
    for (let index = published - 1; index >= first; index--) {
      const area = articles[index]!.reformAreas[0]!
      byArea.set(area, [...(byArea.get(area) ?? []), index])
    }
    const sections = [...byArea]
      .sort(([, a], [, b]) => b.length - a.length)
      .slice(0, MAX_SECTIONS)
      .sort(([a], [b]) => a - b)
      .map(([area, indexes]) => ({ heading: AREA_PHRASES[area]!.section, reformArea: area, articles: indexes.slice(0, MAX_ARTICLES_PER_SECTION) }))
    const count = sections.reduce((sum, section) => sum + section.articles.length, 0)
    const topics = sections.map((section) => section.heading).join(', ')
    return {
      issueDate,
      introduction: `${count > 0 ? `Bản tin số này điểm lại ${count} tin, bài nổi bật trong các chuyên mục: ${topics}.` : 'Bản tin số này tổng hợp hoạt động cải cách hành chính trong tuần.'} ${random.pick(CLOSINGS)}`,
      sections,
      cover: random.chance(0.3) ? random.int(0, imageCount - 1) : undefined,
    }
  })
}
