import { toSlug, type ARTICLE_KINDS, type AUDIENCES } from '@reform/shared'
import { AREA_PHRASES, CONTEXT, HEADINGS, NEXT_STEPS, QUESTIONS, quoteSentence } from './articlePhrases'
import { CORPUS_MONTHS, REORGANISED_AT, workingMoment } from './calendar'
import type { CorpusSize } from './corpusSize'
import type { DocumentPlan } from './documentPlan'
import { officialPosition } from './officials'
import { slotsFor, type Slots } from './phraseSlots'
import type { Random } from './random'
import { UniqueTitles } from './uniqueTitles'
import type { UnitPlan } from './unitPlan'
import { byline, person } from './vietnameseNames'

type ArticleKind = (typeof ARTICLE_KINDS)[number]['value']
type Audience = (typeof AUDIENCES)[number]['value']

export type ArticlePlan = {
  title: string
  summary: string
  /** The body as Markdown; it becomes Lexical with the editor's own features when created. */
  markdown: string
  kind: ArticleKind
  /** Indexes into DEFAULT_REFORM_AREAS, the first one the article's main area. */
  reformAreas: number[]
  units: number[]
  publishedAt: Date
  authorName: string
  source?: { name: string; url: string }
  heroImage?: number
  audiences: Audience[]
  forGrassroots: boolean
  radioScript?: string
  videoUrl?: string
  relatedDocuments: number[]
}

const KINDS: Array<{ kind: ArticleKind; weight: number }> = [
  { kind: 'news', weight: 60 },
  { kind: 'feature', weight: 15 },
  { kind: 'report', weight: 7 },
  { kind: 'radio', weight: 6 },
  { kind: 'video', weight: 5 },
  { kind: 'qa', weight: 4 },
  { kind: 'infographic', weight: 3 },
]
/** Procedures and digital government make most of the news. */
const AREA_WEIGHTS = [1, 3, 1.2, 1.2, 0.8, 2.5]
const AUDIENCE_VALUES: Audience[] = ['citizens', 'businesses', 'officials']
const VIDEO_ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const SOURCES = ['Báo Nhân Dân', 'Báo Điện tử Chính phủ', 'Thông tấn xã Việt Nam', 'Đài Tiếng nói Việt Nam']

/** Where a republished item came from; addresses are under example.vn, so none points at a real site. */
function source(random: Random, title: string, province: string): ArticlePlan['source'] {
  const name = random.pick([...SOURCES, `Cổng thông tin điện tử ${province}`])
  return { name, url: `https://${toSlug(name).replaceAll('-', '')}.example.vn/${toSlug(title)}` }
}

function body(random: Random, area: number, slots: Slots, subject: UnitPlan): string {
  const phrases = AREA_PHRASES[area]!
  const speaker = person(random)
  const paragraphs = [
    random
      .sample(phrases.facts, 2)
      .map((fact) => fact(slots))
      .join(' '),
    `${random.pick(CONTEXT)} ${random.pick(phrases.measures)}`,
  ]
  if (random.chance(0.5)) {
    paragraphs.push(
      `## ${random.pick(HEADINGS)}`,
      'Một số cách làm được áp dụng:',
      random
        .sample(phrases.measures, 3)
        .map((measure) => `- ${measure}`)
        .join('\n'),
    )
  }
  paragraphs.push(
    quoteSentence(`${speaker.honorific} ${speaker.fullName}`, officialPosition(random, subject), random.pick(phrases.quotes), random.chance(0.5)),
    random.pick(NEXT_STEPS)(slots),
  )
  return paragraphs.join('\n\n')
}

/**
 * Ten years of news, more of it in later years, each about one unit (a province, a department,
 * a commune or ward, before July 2025 now and then one since merged) and one or two reform areas.
 * Sorted by publication time.
 */
export function planArticles(
  random: Random,
  size: CorpusSize,
  { units, documents, imageCount }: { units: UnitPlan[]; documents: DocumentPlan[]; imageCount: number },
): ArticlePlan[] {
  const indexes = (keep: (unit: UnitPlan) => boolean) => units.flatMap((unit, index) => (keep(unit) ? [index] : []))
  const provinces = indexes((unit) => unit.stage === 'province')
  const departments = indexes((unit) => unit.type === 'department')
  const local = indexes((unit) => unit.stage === 'local' && unit.type !== 'department')
  const former = indexes((unit) => unit.stage === 'former' && (unit.type === 'ward' || unit.type === 'commune'))
  const months = CORPUS_MONTHS.map((month, index) => ({ month, weight: 1 + index / 60 }))
  const moments = Array.from({ length: size.articles }, () => workingMoment(random, random.weighted(months, (m) => m.weight).month)).sort((a, b) => a.getTime() - b.getTime())
  const documentsByDate = documents.map((document, index) => ({ index, issuedAt: document.issuedAt })).sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())
  const titles = new UniqueTitles()
  let issued = 0

  return moments.map((publishedAt) => {
    // Both lists are in date order: the documents issued so far end at `issued`; cite recent ones.
    while (issued < documentsByDate.length && documentsByDate[issued]!.issuedAt < publishedAt) issued++
    const earlierDocuments = documentsByDate.slice(Math.max(0, issued - 200), issued)
    return titles.draw(() => {
      const roll = random.next()
      const subjectIndex =
        roll < 0.25 || local.length === 0
          ? random.pick(provinces)
          : roll < 0.4
            ? random.pick(departments)
            : roll < 0.45 && publishedAt < REORGANISED_AT && former.length > 0
              ? random.pick(former)
              : random.pick(local)
      const subject = units[subjectIndex]!
      const slots = slotsFor(random, subject, units[subject.province]!, publishedAt)
      const area = random.weighted([0, 1, 2, 3, 4, 5], (index) => AREA_WEIGHTS[index]!)
      const phrases = AREA_PHRASES[area]!
      const kind = random.weighted(KINDS, (entry) => entry.weight).kind
      const question = kind === 'qa' ? random.pick(QUESTIONS) : undefined
      const title = question ? `Hỏi đáp: ${question.question(slots)}` : random.pick(phrases.titles)(slots)
      const isLocal = subject.stage !== 'province' && subject.type !== 'department'
      const secondArea = random.chance(0.3) ? random.int(0, 5) : area
      return {
        title,
        summary: question ? question.answer(slots) : random.pick(phrases.summaries)(slots),
        markdown: question ? `**Hỏi:** ${question.question(slots)}\n\n**Trả lời:** ${question.answer(slots)}\n\n${random.pick(CONTEXT)}` : body(random, area, slots, subject),
        kind,
        reformAreas: secondArea === area ? [area] : [area, secondArea],
        units: isLocal && random.chance(0.3) ? [subjectIndex, subject.province] : [subjectIndex],
        publishedAt,
        authorName: byline(random),
        source: random.chance(0.12) ? source(random, title, slots.province) : undefined,
        heroImage: random.chance(kind === 'video' || kind === 'infographic' || kind === 'report' ? 0.8 : 0.4) ? random.int(0, imageCount - 1) : undefined,
        audiences: AUDIENCE_VALUES.filter(() => random.chance(0.3)),
        // Province-level news marked for communes and wards to republish.
        forGrassroots: !isLocal && random.chance(0.1),
        radioScript:
          kind === 'radio'
            ? `Thưa bà con, ${slots.unit} đang triển khai những việc sau. ${random.sample(phrases.measures, 2).join(' ')} Bà con cần hỗ trợ xin liên hệ bộ phận một cửa ${slots.unit} trong giờ hành chính.`
            : undefined,
        videoUrl: kind === 'video' ? `https://www.youtube.com/watch?v=${Array.from({ length: 11 }, () => random.pick([...VIDEO_ID_CHARACTERS])).join('')}` : undefined,
        relatedDocuments: earlierDocuments.length > 0 && random.chance(0.15) ? random.sample(earlierDocuments, random.int(1, 2)).map((document) => document.index) : [],
      }
    })
  })
}
