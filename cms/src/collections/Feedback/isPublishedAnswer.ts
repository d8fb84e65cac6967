import type { IsPublic } from '../../hooks/queueSiteBuildOnChange'

/** The predicate form of `publishedAnswer` (access/feedbackAccess), for build triggers. */
export const isPublishedAnswer: IsPublic = (doc) => doc.status === 'answered' && doc.publishAnswer === true
