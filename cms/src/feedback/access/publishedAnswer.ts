import type { Where } from 'payload'
import type { IsPublic } from '../../siteBuilds/queueSiteBuildOnChange'

/** A feedback item anyone may read: answered, and its answer approved for publication. */
const PUBLISHED_ANSWER = { status: 'answered', publishAnswer: true } as const

export const publishedAnswer: Where = { and: Object.entries(PUBLISHED_ANSWER).map(([field, value]) => ({ [field]: { equals: value } })) }

/** The same rule for one document, for the build triggers. */
export const isPublishedAnswer: IsPublic = (doc) => Object.entries(PUBLISHED_ANSWER).every(([field, value]) => doc[field] === value)
