/** Builders for every public path of the static site (see DESIGN.md). Paths end with "/" like the built folders. */

/** The segments naming the document list's filters: /van-ban/loai/quyet-dinh/, /van-ban/nam/2025/, /van-ban/co-quan/{issuer}/. */
const DOCUMENT_FACETS = { type: 'loai', year: 'nam', issuer: 'co-quan' } as const
type DocumentFacet = (typeof DOCUMENT_FACETS)[keyof typeof DOCUMENT_FACETS]
/** The segments naming the filters of good practices and answers: /mo-hinh-hay/linh-vuc/{area}/, /hoi-dap/don-vi/{unit}/. */
const AREA_UNIT_FACETS = { reformArea: 'linh-vuc', unit: 'don-vi' } as const
type AreaUnitFacet = (typeof AREA_UNIT_FACETS)[keyof typeof AREA_UNIT_FACETS]

export const publicPaths = {
  home: () => '/',
  newsList: () => '/tin-tuc/',
  article: (slug: string) => `/tin-tuc/${slug}/`,
  reformArea: (slug: string) => `/linh-vuc/${slug}/`,
  /** Page `part` of the listing at `listPath`, counted from its oldest items, so it keeps them as new ones come (site/src/lib/listing/). */
  listingArchive: (listPath: string, part: number) => `${listPath}${part}/`,
  bulletinList: () => '/ban-tin/',
  /** The issues of one year. */
  bulletinYear: (year: number) => `/ban-tin/${year}/`,
  bulletinIssue: (year: number, number: number) => `/ban-tin/${year}/so-${number}/`,
  practiceList: () => '/mo-hinh-hay/',
  /** Good practices of one reform area or unit. */
  practicesBy: (facet: AreaUnitFacet, slug: string) => `/mo-hinh-hay/${facet}/${slug}/`,
  practice: (slug: string) => `/mo-hinh-hay/${slug}/`,
  documentList: () => '/van-ban/',
  /** Documents of one type (by its Vietnamese slug: `loai/quyet-dinh`), year or issuing body. */
  documentsBy: (facet: DocumentFacet, value: string) => `/van-ban/${facet}/${value}/`,
  document: (slug: string) => `/van-ban/${slug}/`,
  /** Every unit: each province with its communes, wards and special zones, the merged ones marked. */
  unitList: () => '/don-vi/',
  unit: (slug: string) => `/don-vi/${slug}/`,
  indexResults: () => '/chi-so/',
  /** The figures behind the charts: `chi-so` (index results) or `thu-tuc-hanh-chinh` (procedures). */
  figuresDownload: (figures: 'chi-so' | 'thu-tuc-hanh-chinh', format: 'csv' | 'json') => `/chi-so/${figures}.${format}`,
  feedback: () => '/gop-y/',
  /** Where a citizen looks up a submission by its tracking code. */
  feedbackStatus: () => '/gop-y/tra-cuu/',
  answers: () => '/hoi-dap/',
  /** Published answers of one reform area or unit. */
  answersBy: (facet: AreaUnitFacet, slug: string) => `/hoi-dap/${facet}/${slug}/`,
  search: () => '/tim-kiem/',
  /** The e-mail subscription form (bulletins, reform areas, units, documents). */
  subscribe: () => '/dang-ky-nhan-tin/',
  notFound: () => '/404.html',
  feedList: () => '/rss/',
  feedLogo: () => '/feed-logo.png',
  /** What a browser shows of a feed opened as a page (public/rss/feed.xsl). */
  feedStylesheet: () => '/rss/feed.xsl',
  /** The site's icon (public/favicon.svg; public/favicon.ico for whatever asks for that by itself). */
  favicon: () => '/favicon.svg',
  /** The script a commune loudspeaker's announcer reads, for an article marked for grassroots: a page and its plain text. */
  announcerScript: (slug: string) => `/tin-tuc/${slug}/doc-loa/`,
  announcerScriptText: (slug: string) => `/tin-tuc/${slug}/doc-loa.txt`,
  /** A unit's weekly loudspeaker script: every item of its latest week. */
  unitAnnouncerScript: (slug: string) => `/don-vi/${slug}/doc-loa-tuan/`,
  unitAnnouncerScriptText: (slug: string) => `/don-vi/${slug}/doc-loa-tuan.txt`,
  /** A unit's latest news as a small page for an <iframe> on a ward's own site. */
  unitWidget: (slug: string) => `/nhung/don-vi/${slug}/`,
  /** The filters' segments, for routes and links that name a filter. */
  facets: { documents: DOCUMENT_FACETS, areaAndUnit: AREA_UNIT_FACETS },
  feeds: {
    all: () => '/rss.xml',
    reformArea: (slug: string) => `/rss/linh-vuc/${slug}.xml`,
    unit: (slug: string) => `/rss/don-vi/${slug}.xml`,
    bulletins: () => '/rss/ban-tin.xml',
    practices: () => '/rss/mo-hinh-hay.xml',
    documents: () => '/rss/van-ban.xml',
    radio: () => '/rss/phat-thanh.xml',
    opml: () => '/rss/feeds.opml',
  },
} as const

/** Absolute URL of a public path on the site whose origin (and optional base path) is `siteUrl`. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
}
