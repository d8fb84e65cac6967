import { DOCUMENT_TYPES, optionLabel, publicPaths, toSlug, vietnamYear } from '@reform/shared'
import type { Answer, Document, Practice } from './content'

export type Facet<T> = { value: string; path: string; label: string; items: T[] }
/** `param` is the path segment naming the facet: /van-ban/{param}/{value}/. */
export type FacetGroup<T> = { name: string; param: string; facets: Facet<T>[] }

/** What the filter menu shows of the groups: a link and a count per value, not the documents. */
export type FacetMenu = { name: string; facets: { path: string; label: string; count: number }[] }[]

export const facetMenu = <T>(groups: FacetGroup<T>[]): FacetMenu =>
  groups.map(({ name, facets }) => ({ name, facets: facets.map(({ path, label, items }) => ({ path, label, count: items.length })) }))

type Key = { value: string; label: string }

const collator = new Intl.Collator('vi')
const byLabel = <T>(a: Facet<T>, b: Facet<T>) => collator.compare(a.label, b.label)

function group<T>(items: T[], keysOf: (item: T) => Key[], pathOf: (value: string) => string): Facet<T>[] {
  const facets = new Map<string, Facet<T>>()
  for (const item of items) {
    for (const { value, label } of keysOf(item)) {
      const facet = facets.get(value) ?? { value, label, path: pathOf(value), items: [] }
      facet.items.push(item)
      facets.set(value, facet)
    }
  }
  return [...facets.values()]
}

/** A document type's path segment: /van-ban/loai/quyet-dinh/, not the stored value "decision". */
export const documentTypeSlug = (type: string): string => DOCUMENT_TYPES.find((item) => item.value === type)?.slug ?? type

/** The ways to narrow the document list, each value a static page (no JavaScript needed), its address in Vietnamese. */
export function documentFacets(documents: Document[]): FacetGroup<Document>[] {
  const { type, year, issuer } = publicPaths.facets.documents
  const path = (param: Parameters<typeof publicPaths.documentsBy>[0]) => (value: string) => publicPaths.documentsBy(param, value)
  return [
    {
      name: 'Loại văn bản',
      param: type,
      facets: group(documents, (document) => [{ value: documentTypeSlug(document.type), label: optionLabel(DOCUMENT_TYPES, document.type) }], path(type)).sort(byLabel),
    },
    {
      name: 'Năm ban hành',
      param: year,
      facets: group(documents, (document) => [{ value: String(vietnamYear(document.issuedAt)), label: String(vietnamYear(document.issuedAt)) }], path(year)).sort((a, b) =>
        b.label.localeCompare(a.label),
      ),
    },
    {
      name: 'Cơ quan ban hành',
      param: issuer,
      facets: group(documents, (document) => [{ value: toSlug(document.issuer), label: document.issuer }], path(issuer)).sort(byLabel),
    },
  ]
}

type Named = { slug: string; name: string }

/** Groups by reform area and by unit, each value a page at `pathOf(param, slug)`. */
function byAreaAndUnit<T>(items: T[], areasOf: (item: T) => Named[], unitOf: (item: T) => Named | undefined, pathOf: typeof publicPaths.practicesBy): FacetGroup<T>[] {
  const { reformArea, unit } = publicPaths.facets.areaAndUnit
  const named = (list: Named[]) => list.map((item) => ({ value: item.slug, label: item.name }))
  return [
    {
      name: 'Lĩnh vực',
      param: reformArea,
      facets: group(
        items,
        (item) => named(areasOf(item)),
        (slug) => pathOf(reformArea, slug),
      ),
    },
    {
      name: 'Đơn vị',
      param: unit,
      facets: group(
        items,
        (item) => named(unitOf(item) ? [unitOf(item)!] : []),
        (slug) => pathOf(unit, slug),
      ).sort(byLabel),
    },
  ]
}

/** The ways to narrow the good-practice list: by reform area and by unit. */
export const practiceFacets = (practices: Practice[]) =>
  byAreaAndUnit(
    practices,
    (practice) => practice.reformAreas,
    (practice) => practice.unit,
    publicPaths.practicesBy,
  )

/** The ways to narrow the published answers: by reform area and by the unit asked about. */
export const answerFacets = (answers: Answer[]) =>
  byAreaAndUnit(
    answers,
    (answer) => (answer.reformArea ? [answer.reformArea] : []),
    (answer) => answer.unit,
    publicPaths.answersBy,
  )
