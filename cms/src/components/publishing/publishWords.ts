/**
 * What each collection's publish buttons call the thing they publish. Payload has one label for
 * every collection ("Xuất bản tài liệu" in its Vietnamese), and "tài liệu" reads as "văn bản",
 * the documents collection; naming it says exactly what goes public.
 */
export const PUBLISH_NOUNS: Readonly<Record<string, string>> = {
  articles: 'tin bài',
  bulletins: 'bản tin',
  practices: 'mô hình',
  documents: 'văn bản',
  'index-results': 'kết quả chỉ số',
  'procedure-stats': 'số liệu',
}

export type PublishWords = {
  publish: string
  unpublish: string
  schedule: string
  scheduleTitle: (title: string) => string
}

/** The publish, unpublish and schedule wording for a collection (neutral for one not listed). */
export function publishWords(collectionSlug: string | undefined): PublishWords {
  const noun = collectionSlug === undefined ? undefined : PUBLISH_NOUNS[collectionSlug]
  const what = noun ? ` ${noun}` : ''
  return {
    publish: `Xuất bản${what}`,
    unpublish: `Gỡ xuất bản${what}`,
    schedule: 'Lên lịch xuất bản',
    scheduleTitle: (title) => `Lên lịch cho${what} “${title}”`,
  }
}
