/** The Pagefind filters the searched pages carry (SearchFields.astro) and the search page offers. */
export const SEARCH_FILTERS = { kind: 'kind', area: 'area', year: 'year' } as const

export type SearchFilter = keyof typeof SEARCH_FILTERS

/** The kinds of searched page, in the order the search page lists them. */
export const SEARCH_KINDS = ['Tin tức', 'Văn bản', 'Bản tin', 'Mô hình hay'] as const

export type SearchKind = (typeof SEARCH_KINDS)[number]
