import { z } from 'zod'
import { checkbox, emailAddress, recordId } from '../forms/formFields'
import { enumOf } from '../schemas/options'
import { SUBSCRIPTION_FREQUENCIES } from './subscriptionFrequencies'
import { NO_CHOICE_MESSAGE } from './subscriptionTerms'

/** More than a person would tick; a longer list is a script. */
export const MAX_SUBSCRIBED_TOPICS = 50

/** One id or many: a form repeats the field, a single tick sends a string, JSON an array. */
const ids = (what: string) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(recordId(what)).max(MAX_SUBSCRIBED_TOPICS, `Chọn tối đa ${MAX_SUBSCRIBED_TOPICS} ${what}.`),
  )

/** What to receive and how often: the choices of the subscription form and of the manage page. */
export const subscriptionChoicesSchema = z
  .object({
    bulletins: checkbox('bản tin'),
    documents: checkbox('văn bản'),
    reformAreas: ids('lĩnh vực cải cách').transform((list) => [...new Set(list)]),
    units: ids('đơn vị').transform((list) => [...new Set(list)]),
    frequency: z.preprocess((value) => (value === undefined || value === '' ? 'immediate' : value), enumOf(SUBSCRIPTION_FREQUENCIES, 'Tần suất nhận thư không hợp lệ.')),
  })
  .refine((choice) => choice.bulletins || choice.documents || choice.reformAreas.length > 0 || choice.units.length > 0, {
    message: NO_CHOICE_MESSAGE,
    path: ['form'],
  })

export type SubscriptionChoices = z.infer<typeof subscriptionChoicesSchema>

/**
 * A subscription request from the site's form, checked at the CMS's edge: the address (lower-cased,
 * since mailboxes are matched without case) and the choices.
 */
export const subscriptionRequestSchema = z.intersection(z.object({ email: emailAddress().transform((address) => address.toLowerCase()) }), subscriptionChoicesSchema)

export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>
