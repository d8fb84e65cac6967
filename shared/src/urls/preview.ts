/** Editorial collections that have a page of their own, so a draft of them can be previewed. */
export const PREVIEWABLE_COLLECTIONS = ['articles', 'bulletins', 'practices', 'documents'] as const

export type PreviewableCollection = (typeof PREVIEWABLE_COLLECTIONS)[number]

/** Where draft previews live on the preview server. */
export const PREVIEW_ROOT = '/xem-truoc/'

/** Path of a draft's preview on the preview server. */
export const PREVIEW_PATH = (collection: PreviewableCollection, id: number | string) => `${PREVIEW_ROOT}${collection}/${id}/`
