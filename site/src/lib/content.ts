import { getCollection } from 'astro:content'
import { sanitizeArticleHtml, siteFilePath, type PublicArticle, type PublicMedia, type PublicReformArea, type PublicUnit } from '@reform/shared'

/** An article with its relations resolved, as pages and feeds use it. */
export type Article = Omit<PublicArticle, 'reformAreas' | 'units' | 'heroImage'> & {
  reformAreas: PublicReformArea[]
  units: PublicUnit[]
  heroImage?: PublicMedia
}

const collator = new Intl.Collator('vi')

async function entries<T>(collection: 'articles' | 'reformAreas' | 'units' | 'media'): Promise<T[]> {
  return (await getCollection(collection)).map((entry) => entry.data as T)
}

/** The site's own copy of a CMS file (see integrations/publishReferencedFiles). */
const localFile = (url: string) => siteFilePath(url) ?? url

function localMedia(media: PublicMedia): PublicMedia {
  const sizes = Object.fromEntries(
    Object.entries(media.sizes).map(([name, size]) => [name, { ...size, url: size.url ? localFile(size.url) : size.url }]),
  )
  return { ...media, url: localFile(media.url), sizes }
}

function byId<T extends { id: number }>(items: T[]): Map<number, T> {
  return new Map(items.map((item) => [item.id, item]))
}

let cache: Promise<{ articles: Article[]; reformAreas: PublicReformArea[]; units: PublicUnit[] }> | undefined

async function load() {
  const [rawArticles, reformAreas, units, media] = await Promise.all([
    entries<PublicArticle>('articles'),
    entries<PublicReformArea>('reformAreas'),
    entries<PublicUnit>('units'),
    entries<PublicMedia>('media'),
  ])
  reformAreas.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || collator.compare(a.name, b.name))
  units.sort((a, b) => collator.compare(a.name, b.name))
  const areaById = byId(reformAreas)
  const unitById = byId(units)
  const mediaById = byId(media.map(localMedia))
  const articles: Article[] = rawArticles
    .map((article) => ({
      ...article,
      bodyHtml: sanitizeArticleHtml(article.bodyHtml, { rewriteUrl: localFile }),
      reformAreas: article.reformAreas.flatMap((id) => areaById.get(id) ?? []),
      units: article.units.flatMap((id) => unitById.get(id) ?? []),
      heroImage: article.heroImage ? mediaById.get(article.heroImage) : undefined,
    }))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id)
  return { articles, reformAreas, units }
}

function content() {
  cache ??= load()
  return cache
}

/** Published articles, newest first. */
export async function getArticles(): Promise<Article[]> {
  return (await content()).articles
}

/** Reform areas in their editorial order. */
export async function getReformAreas(): Promise<PublicReformArea[]> {
  return (await content()).reformAreas
}

export async function getArticlesInArea(areaId: number): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.reformAreas.some((area) => area.id === areaId))
}
