export { toNFC, normalizeDeep } from './text/normalize'
export { toSlug, slugCandidates } from './text/slug'
export { isPublicSlug } from './text/slugRules'
export { dAliases, foldVietnamese } from './text/fold'
export {
  VIETNAM_TIME_ZONE,
  formatDateVi,
  formatLongDateVi,
  formatDateTimeVi,
  toVietnamIso,
  toRfc822Vietnam,
  vietnamYear,
  vietnamMonth,
} from './dates/vietnamTime'
export { publicPaths, absoluteUrl } from './urls/publicPaths'
export { PRINT_PAPERS, printPaths, type PrintPaper } from './urls/printPaths'
export { oldLinkFile } from './urls/oldLinks'
export { DEFAULT_REFORM_AREAS } from './domain/reformAreas'
export { UNIT_TYPES, type UnitType } from './domain/unitTypes'
export { idSchema, slugSchema, timestampSchema, listPageSchema, type ListPage } from './schemas/common'
export { publicReformAreaSchema, type PublicReformArea } from './schemas/reformArea'
export { publicUnitSchema, type PublicUnit } from './schemas/unit'
export { publicMediaSchema, type PublicMedia, type PublicImageSize } from './schemas/media'
export { publicArticleSchema, type PublicArticle } from './schemas/article'
export { sanitizeArticleHtml } from './html/sanitizeArticleHtml'
export { imageSrcset } from './html/imageSrcset'
export { PUBLIC_COLLECTIONS } from './schemas/publicCollections'
export { publicProblems, zodIssueVi, type PublicProblem } from './schemas/issueMessages'
export { LOCAL_CMS_PORT, LOCAL_SITE_PORT, LOCAL_PREVIEW_PORT, localUrl } from './urls/localDefaults'
export { PREVIEW_PATH, PREVIEW_ROOT, PREVIEWABLE_COLLECTIONS, type PreviewableCollection } from './urls/preview'
export { ARTICLE_KINDS, AUDIENCES, VIDEO_EMBED_HOSTS, isKnownVideoUrl, videoEmbedUrl } from './domain/articleKinds'
export { DOCUMENT_TYPES, isDocumentNumber, type DocumentType } from './domain/documentTypes'
export { PRACTICE_KINDS } from './domain/practiceKinds'
export { INDEX_NAMES } from './domain/indexNames'
export { publicBulletinSchema, type PublicBulletin } from './schemas/bulletin'
export { publicPracticeSchema, type PublicPractice } from './schemas/practice'
export { publicDocumentSchema, type PublicDocument } from './schemas/document'
export {
  publicIndexResultSchema,
  publicProcedureStatSchema,
  type PublicIndexResult,
  type PublicProcedureStat,
} from './schemas/figures'
export { publicAudioSchema, publicFileSchema, type PublicAudio, type PublicFile } from './schemas/file'
export { siteFilePath } from './urls/filePaths'
export { formatFileSize } from './text/fileSize'
export { clockDuration, durationVi } from './text/duration'
export { htmlToText } from './html/htmlToText'
export { optionLabel } from './domain/optionLabel'
export { FEEDBACK_STATUSES, type FeedbackStatus } from './domain/feedbackStatuses'
export { FEEDBACK_KINDS } from './domain/feedbackKinds'
export { TRACKING_CODE_ALPHABET, formatTrackingCode, normalizeTrackingCode } from './feedback/trackingCode'
export { FEEDBACK_API, FEEDBACK_FIELDS } from './feedback/feedbackApi'
export {
  feedbackSubmissionSchema,
  submissionErrors,
  FEEDBACK_FORM_FIELDS,
  FEEDBACK_LIMITS,
  type FeedbackSubmission,
  type FeedbackFieldError,
} from './feedback/feedbackSubmission'
export type { FeedbackStatusReport } from './feedback/feedbackStatusReport'
export { publicFeedbackAnswerSchema, type PublicFeedbackAnswer } from './schemas/feedbackAnswer'
export { capitalise, optional, recordId, checkbox, emailAddress, EMAIL_MAX_LENGTH } from './forms/formFields'
export { SUBSCRIPTION_API, SUBSCRIPTION_FIELDS } from './subscriptions/subscriptionApi'
export { SUBSCRIPTION_FREQUENCIES, type SubscriptionFrequency } from './subscriptions/subscriptionFrequencies'
export {
  subscriptionChoicesSchema,
  subscriptionRequestSchema,
  MAX_SUBSCRIBED_TOPICS,
  type SubscriptionChoices,
  type SubscriptionRequest,
} from './subscriptions/subscriptionRequest'
export { nextVietnamTime } from './dates/nextVietnamTime'
export { siteIdentity, type SiteIdentity } from './domain/siteIdentity'
export { CONFIRM_LINK_HOURS, UNCONFIRMED_KEPT_DAYS, NO_CHOICE_MESSAGE } from './subscriptions/subscriptionTerms'
export { ABBREVIATIONS } from './speech/abbreviations'
export { spokenText } from './speech/spokenText'
export { spokenDate } from './speech/spokenDate'
export { readingTime, WORDS_PER_MINUTE, type ReadingTime } from './speech/readingTime'
export { vietnamWeek } from './dates/vietnamWeek'
