import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'
import type { IsPublic } from '../hooks/queueSiteBuildOnChange'
import { feedbackHandlersOnly } from './fieldAccess'
import { canPublish, contributorUnit, roleOf } from './roles'

/** A feedback item anyone may read: answered, and its answer approved for publication. */
const PUBLISHED_ANSWER = { status: 'answered', publishAnswer: true } as const

const publishedAnswer: Where = { and: Object.entries(PUBLISHED_ANSWER).map(([field, value]) => ({ [field]: { equals: value } })) }

/** The same rule for one document, for the build triggers. */
export const isPublishedAnswer: IsPublic = (doc) => Object.entries(PUBLISHED_ANSWER).every(([field, value]) => doc[field] === value)

/** The items of one unit: assigned to it, or about it. */
const ofUnit = (unit: number): Where => ({ or: [{ assignedUnit: { equals: unit } }, { unit: { equals: unit } }] })

const ownItems = (user: unknown): Where | boolean => {
  if (roleOf(user) !== 'contributor') return true
  const unit = contributorUnit(user)
  return unit === undefined ? false : ofUnit(unit)
}

/**
 * Citizen feedback: nobody creates it over the API (only the public submission endpoint does, after
 * checking it); staff read and handle it, a unit contributor only their unit's items; anonymous
 * readers see published answers only (and, field by field, never personal data).
 */
export const feedbackAccess: CollectionConfig['access'] = {
  read: ({ req: { user } }) => (roleOf(user) === undefined ? publishedAnswer : ownItems(user)),
  create: () => false,
  update: ({ req: { user } }) => roleOf(user) !== undefined && ownItems(user),
  delete: ({ req: { user } }) => canPublish(user),
} satisfies Record<string, Access>

/**
 * The public title and question start as the citizen's own words: until the answer is approved
 * for publication they are personal data like the message they copy (anonymous readers only ever
 * get approved items).
 */
export const readableOnceApproved: FieldAccess = (args) =>
  roleOf(args.req.user) === undefined || feedbackHandlersOnly(args) === true || args.doc?.publishAnswer === true
