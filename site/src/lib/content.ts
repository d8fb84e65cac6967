import { getCollection } from 'astro:content'
import {
  PUBLIC_COLLECTIONS,
  publicPaths,
  sanitizeArticleHtml,
  siteFilePath,
  type PublicArticle,
  type PublicAudio,
  type PublicBulletin,
  type PublicDocument,
  type PublicFeedbackAnswer,
  type PublicFile,
  type PublicIndexResult,
  type PublicMedia,
  type PublicProcedureStat,
  type PublicPractice,
  type PublicReformArea,
  type PublicUnit,
} from '@reform/shared'
import type { SiteCollection } from '../loaders/siteCollections'
import { liveContent } from './liveContent'

/** A unit with its parent and, for a unit dissolved in a reorganisation, the unit it joined. */
export type Unit = PublicUnit & { parentUnit?: PublicUnit; mergedIntoUnit?: PublicUnit }

/** An article with its relations resolved, as pages and feeds use it. */
export type Article = Omit<PublicArticle, 'reformAreas' | 'units' | 'heroImage' | 'audio' | 'videoFile' | 'relatedDocuments'> & {
  reformAreas: PublicReformArea[]
  units: Unit[]
  heroImage?: PublicMedia
  audio?: PublicAudio
  videoFile?: PublicFile
  relatedDocuments: PublicDocument[]
}

export type Document = Omit<PublicDocument, 'file' | 'relatedDocuments' | 'reformAreas' | 'unit'> & {
  file?: PublicFile
  relatedDocuments: PublicDocument[]
  reformAreas: PublicReformArea[]
  unit?: Unit
}

export type Practice = Omit<PublicPractice, 'unit' | 'reformAreas' | 'images' | 'relatedArticles' | 'relatedDocuments'> & {
  unit?: Unit
  reformAreas: PublicReformArea[]
  images: PublicMedia[]
  relatedArticles: Article[]
  relatedDocuments: PublicDocument[]
}

export type BulletinSection = { heading: string; anchor: string; reformArea?: PublicReformArea; articles: Article[] }

export type Bulletin = Omit<PublicBulletin, 'sections' | 'cover' | 'pdf'> & {
  sections: BulletinSection[]
  cover?: PublicMedia
  pdf?: PublicFile
}

/** A citizen's question and its published answer, with the units and area named. */
export type Answer = Omit<PublicFeedbackAnswer, 'reformArea' | 'unit' | 'answeringUnit'> & {
  reformArea?: PublicReformArea
  unit?: Unit
  answeringUnit?: Unit
}

export type IndexResult = Omit<PublicIndexResult, 'unit'> & { unit?: Unit }
export type ProcedureStat = Omit<PublicProcedureStat, 'unit'> & { unit?: Unit }

/** Turns one raw document into what pages render, with relations resolved against the published content. */
export type Resolvers = {
  article: (raw: PublicArticle) => Article
  document: (raw: PublicDocument) => Document
  practice: (raw: PublicPractice) => Practice
  bulletin: (raw: PublicBulletin) => Bulletin
}

type Content = {
  resolve: Resolvers
  articlesByArea: Map<number, Article[]>
  /** Where each article sits in its areas' lists (area id → article id → index). */
  areaPositions: Map<number, Map<number, number>>
  articlesByUnit: Map<number, Article[]>
  unitLookup: ReturnType<typeof lookup<Unit>>
  /** Each unit's id → the ids of the units directly under it. */
  unitChildren: Map<number, number[]>
  /** Each unit's local news and feed, worked out once (its widget and its feed both show the feed). */
  unitFeeds: { local: Map<number, Article[]>; feed: Map<number, Article[]> }
  indexResults: IndexResult[]
  procedureStats: ProcedureStat[]
  articles: Article[]
  bulletins: Bulletin[]
  documents: Document[]
  practices: Practice[]
  reformAreas: PublicReformArea[]
  units: Unit[]
  answers: Answer[]
}

const collator = new Intl.Collator('vi')

async function entries<T>(collection: SiteCollection): Promise<T[]> {
  const live = liveContent()
  if (live) return live.entries(PUBLIC_COLLECTIONS[collection].slug) as T[]
  // Typed loosely: `astro check` runs without `astro sync` (which needs the CMS). The loader parsed each entry with its shared schema.
  return (await getCollection(collection)).map((entry: { data: unknown }) => entry.data as T)
}

/**
 * Points a URL of a CMS file at the site's own copy (see integrations/publishReferencedFiles).
 * Only URLs on the origins the CMS serves its files from are touched: a link elsewhere that
 * happens to look like /api/x/file/y stays as it is.
 */
function fileRewriter(cmsFileUrls: string[]): (url: string) => string {
  const origins = new Set(cmsFileUrls.filter((url) => URL.canParse(url)).map((url) => new URL(url).origin))
  return (url) => (URL.canParse(url) && origins.has(new URL(url).origin) ? (siteFilePath(url) ?? url) : url)
}

/** Looks ids up, dropping any that is not published (a relation may point at a draft). */
function lookup<T extends { id: number }>(items: T[]) {
  const byId = new Map(items.map((item) => [item.id, item]))
  return {
    one: (id: number | null | undefined) => (id === null || id === undefined ? undefined : byId.get(id)),
    many: (ids: number[]) => ids.flatMap((id) => byId.get(id) ?? []),
  }
}

/**
 * What the last load made, to hand out the same objects again where nothing they were made from
 * changed: a page's cache key digests each document once per object (cacheKeys.ts), so on a large
 * site re-resolving every article and unit for each publish would digest them all again.
 */
type Reused = {
  inputs: Record<'units' | 'files' | 'areas' | 'documents', unknown[]>
  publicPages: Set<string>
  units: { units: Unit[]; unitLookup: ReturnType<typeof lookup<Unit>>; unitChildren: Map<number, number[]> }
  files: {
    images: ReturnType<typeof lookup<PublicMedia>>
    documentFiles: ReturnType<typeof lookup<PublicFile>>
    audio: ReturnType<typeof lookup<PublicAudio>>
    videos: ReturnType<typeof lookup<PublicFile>>
  }
  articles: WeakMap<PublicArticle, Article>
  /** The other documents as resolved last time, by their raw document (see keepSame). */
  resolved: WeakMap<object, object>
}
let reused: Reused | undefined

/** Whether two resolved values are the same: the same objects, or lists and plain objects of the same values. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]))
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b)) return false
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false
  const [names, others] = [Object.keys(a), Object.keys(b)]
  return names.length === others.length && names.every((name, index) => name === others[index] && sameValue(a[name as keyof typeof a], b[name as keyof typeof b]))
}

/** Whether two lists hold the very same objects in the same order (the live content keeps an unchanged document's object). */
const sameObjects = (before: unknown[] | undefined, now: unknown[]) => before !== undefined && before.length === now.length && before.every((item, index) => item === now[index])

const newestFirst = (a: string, b: string) => b.localeCompare(a)
const newestArticleFirst = (a: Article, b: Article) => newestFirst(a.publishedAt, b.publishedAt) || b.id - a.id

/** Units with their parent and receiving unit, in Vietnamese alphabetical order, looked up by id and by parent. */
function resolveUnits(rawUnits: PublicUnit[]): Reused['units'] {
  const plainUnits = lookup(rawUnits)
  const units: Unit[] = rawUnits
    .map((unit) => ({ ...unit, parentUnit: plainUnits.one(unit.parent), mergedIntoUnit: plainUnits.one(unit.mergedInto) }))
    .sort((a, b) => collator.compare(a.name, b.name))
  const unitChildren = new Map<number, number[]>()
  for (const unit of units) {
    if (!unit.parent || unit.parent === unit.id) continue
    const siblings = unitChildren.get(unit.parent)
    if (siblings) siblings.push(unit.id)
    else unitChildren.set(unit.parent, [unit.id])
  }
  return { units, unitLookup: lookup(units), unitChildren }
}

async function load(): Promise<Content> {
  const [rawArticles, rawBulletins, rawPractices, rawDocuments, reformAreas, rawUnits, media, documentFiles, audio, videos, rawIndexResults, rawStats, rawAnswers] =
    await Promise.all([
      entries<PublicArticle>('articles'),
      entries<PublicBulletin>('bulletins'),
      entries<PublicPractice>('practices'),
      entries<PublicDocument>('documents'),
      entries<PublicReformArea>('reformAreas'),
      entries<PublicUnit>('units'),
      entries<PublicMedia>('media'),
      entries<PublicFile>('documentFiles'),
      entries<PublicAudio>('audio'),
      entries<PublicFile>('videos'),
      entries<PublicIndexResult>('indexResults'),
      entries<PublicProcedureStat>('procedureStats'),
      entries<PublicFeedbackAnswer>('feedbackAnswers'),
    ])
  const inputs = { units: [...rawUnits], files: [...media, ...documentFiles, ...audio, ...videos], areas: [...reformAreas], documents: [...rawDocuments] }
  const unchanged = (input: keyof Reused['inputs']) => sameObjects(reused?.inputs[input], inputs[input])
  const localFile = fileRewriter(inputs.files.map((file) => file.url))
  const localMedia = (image: PublicMedia): PublicMedia => ({
    ...image,
    url: localFile(image.url),
    sizes: Object.fromEntries(Object.entries(image.sizes).map(([name, size]) => [name, { ...size, url: size.url ? localFile(size.url) : size.url }])),
  })
  const localUpload = <F extends PublicFile>(file: F): F => ({ ...file, url: localFile(file.url) })
  // A body's links to other pages are frozen when it is saved; the page may since have been
  // unpublished or renamed. Such a link leads nowhere rather than to a missing page.
  const publicPages = new Set([...rawArticles.map((article) => publicPaths.article(article.slug)), ...reformAreas.map((area) => publicPaths.reformArea(area.slug))])
  const bodyUrl = (url: string) => (/^\/(tin-tuc|linh-vuc)\/[^/]+\/$/.test(url) && !publicPages.has(url) ? '#' : localFile(url))
  reformAreas.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.name, b.name))
  const areas = lookup(reformAreas)
  const { units, unitLookup, unitChildren } = unchanged('units') ? reused!.units : resolveUnits(rawUnits)
  const files = unchanged('files')
    ? reused!.files
    : {
        images: lookup(media.map(localMedia)),
        documentFiles: lookup(documentFiles.map(localUpload)),
        audio: lookup(audio.map(localUpload)),
        videos: lookup(videos.map(localUpload)),
      }
  const { images, documentFiles: documentFileLookup, audio: audioLookup, videos: videoLookup } = files
  const plainDocuments = lookup(rawDocuments)

  const resolveArticle = (article: PublicArticle): Article => ({
    ...article,
    bodyHtml: sanitizeArticleHtml(article.bodyHtml, { rewriteUrl: bodyUrl }),
    reformAreas: areas.many(article.reformAreas),
    units: unitLookup.many(article.units),
    heroImage: images.one(article.heroImage),
    audio: audioLookup.one(article.audio),
    videoFile: videoLookup.one(article.videoFile),
    relatedDocuments: plainDocuments.many(article.relatedDocuments),
  })
  // An article resolved before is the same while its relations are; its body's links also depend
  // on which pages are public, so one that names a page published or taken down since is resolved again.
  const before = unchanged('units') && unchanged('files') && unchanged('areas') && unchanged('documents') ? reused!.articles : undefined
  const pagesChanged = before ? [...publicPages].filter((page) => !reused!.publicPages.has(page)).concat([...reused!.publicPages].filter((page) => !publicPages.has(page))) : []
  const resolvedArticles = new WeakMap<PublicArticle, Article>()
  const articles: Article[] = rawArticles
    .map((raw) => {
      const known = before?.get(raw)
      const article = known && !pagesChanged.some((page) => raw.bodyHtml.includes(page)) ? known : resolveArticle(raw)
      resolvedArticles.set(raw, article)
      return article
    })
    .sort(newestArticleFirst)
  const [resolvedBefore, resolved] = [reused?.resolved, new WeakMap<object, object>()]
  /**
   * The object resolved from `raw` last time when `made` is the same field by field (its relations
   * the same objects): a page's cache key then recognises it without digesting it again.
   */
  const keepSame =
    <R extends object, T extends object>(resolve: (raw: R) => T) =>
    (raw: R): T => {
      const made = resolve(raw)
      const before = resolvedBefore?.get(raw) as T | undefined
      const kept = before && sameValue(before, made) ? before : made
      resolved.set(raw, kept)
      return kept
    }
  reused = { inputs, publicPages, units: { units, unitLookup, unitChildren }, files, articles: resolvedArticles, resolved }
  const articleLookup = lookup(articles)

  const resolve: Resolvers = {
    article: resolveArticle,
    document: (document) => ({
      ...document,
      file: documentFileLookup.one(document.file),
      relatedDocuments: plainDocuments.many(document.relatedDocuments),
      reformAreas: areas.many(document.reformAreas),
      unit: unitLookup.one(document.unit),
    }),
    practice: (practice) => ({
      ...practice,
      unit: unitLookup.one(practice.unit),
      reformAreas: areas.many(practice.reformAreas),
      images: images.many(practice.images),
      relatedArticles: articleLookup.many(practice.relatedArticles),
      relatedDocuments: plainDocuments.many(practice.relatedDocuments),
    }),
    bulletin: (bulletin) => ({
      ...bulletin,
      introductionHtml: bulletin.introductionHtml ? sanitizeArticleHtml(bulletin.introductionHtml, { rewriteUrl: bodyUrl }) : null,
      sections: bulletin.sections.map((section, index) => ({
        heading: section.heading,
        anchor: `muc-${index + 1}`,
        reformArea: areas.one(section.reformArea),
        articles: articleLookup.many(section.articles),
      })),
      cover: images.one(bulletin.cover),
      pdf: documentFileLookup.one(bulletin.pdf),
    }),
  }
  const documents = rawDocuments.map(keepSame(resolve.document)).sort((a, b) => newestFirst(a.issuedAt, b.issuedAt) || b.id - a.id)
  const practices = rawPractices.map(keepSame(resolve.practice)).sort((a, b) => (b.yearStarted ?? 0) - (a.yearStarted ?? 0) || collator.compare(a.title, b.title))
  const bulletins = rawBulletins.map(keepSame(resolve.bulletin)).sort((a, b) => newestFirst(a.issueDate, b.issueDate) || b.number - a.number)

  const indexResults: IndexResult[] = rawIndexResults
    .map(keepSame((result) => ({ ...result, unit: unitLookup.one(result.unit) })))
    .sort((a, b) => b.year - a.year || a.index.localeCompare(b.index))
  const procedureStats: ProcedureStat[] = rawStats
    .map(keepSame((row) => ({ ...row, unit: unitLookup.one(row.unit) })))
    .sort((a, b) => a.month.localeCompare(b.month) || collator.compare(a.unit?.name ?? '', b.unit?.name ?? ''))

  const answers: Answer[] = rawAnswers
    .map(
      keepSame((answer: PublicFeedbackAnswer) => ({
        ...answer,
        // Sanitised in the CMS already; again here like every HTML the site takes in.
        answerHtml: sanitizeArticleHtml(answer.answerHtml, { rewriteUrl: bodyUrl }),
        reformArea: areas.one(answer.reformArea),
        unit: unitLookup.one(answer.unit),
        answeringUnit: unitLookup.one(answer.answeringUnit),
      })),
    )
    .sort((a, b) => newestFirst(a.answeredAt, b.answeredAt) || b.id - a.id)

  // Indexed once: pages ask per area and per unit, thousands of times on a large site.
  const articlesByArea = new Map<number, Article[]>()
  const articlesByUnit = new Map<number, Article[]>()
  const add = (map: Map<number, Article[]>, id: number, article: Article) => {
    const list = map.get(id)
    if (list) list.push(article)
    else map.set(id, [article])
  }
  const areaPositions = new Map<number, Map<number, number>>()
  for (const article of articles) {
    for (const area of article.reformAreas) {
      const positions = areaPositions.get(area.id) ?? areaPositions.set(area.id, new Map()).get(area.id)!
      positions.set(article.id, articlesByArea.get(area.id)?.length ?? 0)
      add(articlesByArea, area.id, article)
    }
    for (const unit of article.units) add(articlesByUnit, unit.id, article)
  }

  return {
    resolve,
    articles,
    articlesByArea,
    areaPositions,
    articlesByUnit,
    unitLookup,
    unitChildren,
    unitFeeds: { local: new Map(), feed: new Map() },
    bulletins,
    documents,
    practices,
    reformAreas,
    units,
    indexResults,
    procedureStats,
    answers,
  }
}

let cache: Promise<Content> | undefined
let loadedAt = 0
let loadedVersion: number | undefined

function content(): Promise<Content> {
  const version = liveContent()?.version
  if (!cache || version !== loadedVersion) {
    cache = load()
    loadedAt = Date.now()
    loadedVersion = version
  }
  return cache
}

/**
 * Drops what was read more than `maxAgeMs` ago, so the next query sees the content store as it is
 * now: the draft preview server lives on while its store is refreshed.
 */
export function forgetContentOlderThan(maxAgeMs: number): void {
  if (Date.now() - loadedAt > maxAgeMs) cache = undefined
}

/** Resolves a document that is not in the store (a draft being previewed) the way pages see published ones. */
export const getResolvers = async () => (await content()).resolve

/** Published articles, newest first. */
export const getArticles = async () => (await content()).articles

/** Reform areas in their editorial order. */
export const getReformAreas = async () => (await content()).reformAreas

/** Published bulletin issues, newest first. */
export const getBulletins = async () => (await content()).bulletins

/** Published documents, newest issue date first. */
export const getDocuments = async () => (await content()).documents

/** Published good practices, most recent start first. */
export const getPractices = async () => (await content()).practices

/** Index results, newest year first. */
export const getIndexResults = async () => (await content()).indexResults

/** Monthly procedure figures, oldest month first. */
export const getProcedureStats = async () => (await content()).procedureStats

/** Published answers to citizens' questions, newest answer first. */
export const getAnswers = async () => (await content()).answers

/** Units in Vietnamese alphabetical order. */
export const getUnits = async () => (await content()).units

/** Published articles of a reform area, newest first. */
export const getArticlesInArea = async (areaId: number): Promise<Article[]> => (await content()).articlesByArea.get(areaId) ?? []

/** Published articles tagged with a unit, newest first. */
export const getArticlesOfUnit = async (unitId: number): Promise<Article[]> => (await content()).articlesByUnit.get(unitId) ?? []

/**
 * A unit's local news: its own articles, and those a unit above it (its province) marked for
 * grassroots republishing. What its loudspeakers read and its notice board shows each week. Newest first.
 */
export async function getUnitLocalArticles(unit: Unit): Promise<Article[]> {
  return unitArticles(unit, 'local')
}

/**
 * What a unit's feed (and its widget) carries: its local news and that of every unit under it, so a
 * province's feed holds what its communes, wards and special zones publish, as a subscription to
 * the province does. Newest first.
 */
export async function getUnitFeedArticles(unit: Unit): Promise<Article[]> {
  return unitArticles(unit, 'feed')
}

async function unitArticles(unit: Unit, kind: 'local' | 'feed'): Promise<Article[]> {
  const { unitChildren, unitLookup, articlesByUnit, unitFeeds } = await content()
  const cache = unitFeeds[kind]
  const known = cache.get(unit.id)
  if (known) return known
  const ancestors: number[] = []
  for (let parent = unit.parent; parent && !ancestors.includes(parent); parent = unitLookup.one(parent)?.parent) ancestors.push(parent)
  const below = kind === 'feed' ? descendantsOf(unit.id, unitChildren) : []
  const own = [unit.id, ...below].flatMap((id) => articlesByUnit.get(id) ?? [])
  const shared = ancestors.flatMap((id) => (articlesByUnit.get(id) ?? []).filter((article) => article.forGrassroots))
  const feed = [...new Map([...own, ...shared].map((article) => [article.id, article])).values()].sort(newestArticleFirst)
  cache.set(unit.id, feed)
  return feed
}

/** Every unit under `id`, at any depth (a loop in the data is walked once). */
function descendantsOf(id: number, children: Map<number, number[]>): number[] {
  const found = new Set<number>([id])
  const queue = [id]
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (found.has(child)) continue
      found.add(child)
      queue.push(child)
    }
  }
  found.delete(id)
  return [...found]
}

/**
 * Up to `count` other articles sharing a reform area with `article`: the ones published just
 * before it, topped up with the ones just after it when there are too few; newest first. Not
 * simply the area's newest: then each publish would change the list, so the page, of every article
 * in the area.
 */
export async function getRelatedArticles(article: Article, count: number): Promise<Article[]> {
  const { articlesByArea, areaPositions } = await content()
  const before = new Map<number, Article>()
  const after = new Map<number, Article>()
  for (const area of article.reformAreas) {
    const list = articlesByArea.get(area.id) ?? []
    // A draft being previewed is not in the list: it goes where it would be published.
    const own = areaPositions.get(area.id)?.get(article.id)
    const found = own ?? list.findIndex((other) => newestArticleFirst(article, other) < 0)
    const at = found < 0 ? list.length : found
    const older = own === undefined ? at : at + 1
    for (const other of list.slice(older, older + count)) before.set(other.id, other)
    for (const other of list.slice(Math.max(0, at - count), at)) after.set(other.id, other)
  }
  const older = [...before.values()].sort(newestArticleFirst).slice(0, count)
  const newer = [...after.values()].sort((a, b) => newestArticleFirst(b, a)).slice(0, count - older.length)
  return [...older, ...newer].sort(newestArticleFirst)
}
