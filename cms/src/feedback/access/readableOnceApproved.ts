import type { FieldAccess } from 'payload'
import { roleOf } from '../../access/roles'
import { feedbackHandlersOnly } from './feedbackHandlersOnly'

/**
 * The public title and question start as the citizen's own words: until the answer is approved
 * for publication they are personal data like the message they copy (anonymous readers only ever
 * get approved items).
 */
export const readableOnceApproved: FieldAccess = (args) => roleOf(args.req.user) === undefined || feedbackHandlersOnly(args) === true || args.doc?.publishAnswer === true
