import { DOCUMENT_TYPES, publicPaths, toSlug, vietnamYear } from '@reform/shared'
import type { Document, Practice } from './content'

export type Facet<T> = { path: string; label: string; items: T[] }
export type FacetGroup<T> = { name: string; facets: Facet<T>[] }

const collator = new Intl.Collator('vi')

function group<T>(items: T[], keyOf: (item: T) => Array<{ path: string; label: string }>): Facet<T>[] {
  const facets = new Map<string, Facet<T>>()
  for (const item of items) {
    for (const { path, label } of keyOf(item)) {
      const facet = facets.get(path) ?? { path, label, items: [] }
      facet.items.push(item)
      facets.set(path, facet)
    }
  }
  return [...facets.values()]
}

/** The ways to narrow the document list, each value a static page (no JavaScript needed). */
export function documentFacets(documents: Document[]): FacetGroup<Document>[] {
  return [
    {
      name: 'Loại văn bản',
      facets: group(documents, (document) => [
        { path: publicPaths.documentsBy('loai', document.type), label: DOCUMENT_TYPES.find((type) => type.value === document.type)?.label ?? document.type },
      ]).sort((a, b) => collator.compare(a.label, b.label)),
    },
    {
      name: 'Năm ban hành',
      facets: group(documents, (document) => {
        const year = String(vietnamYear(document.issuedAt))
        return [{ path: publicPaths.documentsBy('nam', year), label: year }]
      }).sort((a, b) => b.label.localeCompare(a.label)),
    },
    {
      name: 'Cơ quan ban hành',
      facets: group(documents, (document) => [{ path: publicPaths.documentsBy('co-quan', toSlug(document.issuer)), label: document.issuer }]).sort(
        (a, b) => collator.compare(a.label, b.label),
      ),
    },
  ]
}

/** The ways to narrow the good-practice list: by reform area and by unit. */
export function practiceFacets(practices: Practice[]): FacetGroup<Practice>[] {
  return [
    {
      name: 'Lĩnh vực',
      facets: group(practices, (practice) =>
        practice.reformAreas.map((area) => ({ path: publicPaths.practicesBy('linh-vuc', area.slug), label: area.name })),
      ),
    },
    {
      name: 'Đơn vị',
      facets: group(practices, (practice) =>
        practice.unit ? [{ path: publicPaths.practicesBy('don-vi', practice.unit.slug), label: practice.unit.name }] : [],
      ).sort((a, b) => collator.compare(a.label, b.label)),
    },
  ]
}
