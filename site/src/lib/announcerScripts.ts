import { htmlToText, readingTime, spokenDate, spokenText } from '@reform/shared'
import { withCacheKeys } from './cacheKeys'
import { getArticles, getUnitLocalArticles, getUnits, type Article, type Unit } from './content'
import { siteInfo } from './siteInfo'
import { unitWeek, type UnitWeek } from './unitWeek'
import { isDissolved } from './units'

/** One item read out: a heading said before it (the weekly script's "Tin thứ nhất, …"), then its paragraphs. */
export type ScriptSection = { heading?: string; paragraphs: string[] }

/**
 * What a commune loudspeaker's announcer reads (issue 15): an opening line naming the portal and
 * the day, how long it takes, then the items. Everything but `title` is said as written: numbers,
 * dates and abbreviations in words (spokenText), no markup.
 */
export type AnnouncerScript = { title: string; opening: string; readingTime: string; sections: ScriptSection[] }

const paragraphs = (text: string) => spokenText(text).split(/\n+/).filter(Boolean)

// An article marked for grassroots is in the weekly script of every ward below its province: said once.
const said = new WeakMap<Article, string[]>()

/** The editor's script when there is one, else the title, the summary and the body's text. */
function articleParagraphs(article: Article): string[] {
  let spoken = said.get(article)
  if (spoken === undefined) {
    spoken = article.radioScript?.trim() ? paragraphs(article.radioScript) : [article.title, article.summary ?? '', htmlToText(article.bodyHtml)].flatMap(paragraphs)
    said.set(article, spoken)
  }
  return spoken
}

function script(title: string, opening: string, sections: ScriptSection[]): AnnouncerScript {
  const words = [opening, ...sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs])].join('\n')
  return { title, opening, readingTime: readingTime(words).label, sections }
}

export function articleScript(article: Article): AnnouncerScript {
  const opening = `${spokenText(siteInfo.name)}, tin ${spokenDate(article.publishedAt)}.`
  return script(`Bản đọc loa: ${article.title}`, opening, [{ paragraphs: articleParagraphs(article) }])
}

/** The paths of article scripts (page and text alike): articles marked for republishing at the grassroots. */
export const articleScriptPaths = async () =>
  withCacheKeys((await getArticles()).filter((article) => article.forGrassroots).map((article) => ({ params: { slug: article.slug }, props: { article } })))

/**
 * The week a unit's weekly script reads: its feed's latest week (its own news and what the units
 * above it marked for grassroots). None for a dissolved unit: it has no loudspeakers any more.
 */
export async function announcerWeek(unit: Unit): Promise<UnitWeek<Article> | undefined> {
  return isDissolved(unit) ? undefined : unitWeek(await getUnitLocalArticles(unit))
}

/** The paths of units' weekly scripts (page and text alike): units with news whose week is read. */
export async function unitScriptPaths() {
  const paths = await Promise.all(
    (await getUnits()).map(async (unit) => {
      const week = await announcerWeek(unit)
      return week ? [{ params: { unit: unit.slug }, props: { unit, week } }] : []
    }),
  )
  return withCacheKeys(paths.flat())
}

export function unitWeekScript(unit: Unit, week: UnitWeek<Article>): AnnouncerScript {
  // "từ ngày 09/03 đến ngày 15/03/2026": the year said once unless the week crosses into a new one.
  const days = `từ ngày ${week.label.replace(' – ', ' đến ngày ')}`
  const opening = spokenText(`${siteInfo.name}, chương trình phát thanh tuần của ${unit.name}, ${days}, gồm ${week.items.length} tin.`)
  const sections = week.items.map((article, index) => ({
    heading: `${spokenText(`Tin thứ ${index + 1}`)}, ${spokenDate(article.publishedAt)}.`,
    paragraphs: articleParagraphs(article),
  }))
  return script(`Kịch bản phát thanh tuần: ${unit.name}`, opening, sections)
}

/** The script as a plain-text file: the opening and its reading time, then each item, a blank line between paragraphs. */
export function scriptText({ opening, readingTime, sections }: AnnouncerScript): string {
  const blocks = [`${opening}\n(Thời lượng: ${readingTime})`, ...sections.map((section) => [section.heading, ...section.paragraphs].filter(Boolean).join('\n\n'))]
  return `${blocks.join('\n\n\n')}\n`
}
