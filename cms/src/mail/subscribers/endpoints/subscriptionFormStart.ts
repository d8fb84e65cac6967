import type { Endpoint } from 'payload'
import { formStartToken } from '../../../publicEndpoints/formStartToken'
import { answerFor, jsonNoStore, refusedPublicRequest } from '../../../publicEndpoints/publicRequest'
import { subscriptionMessagePage } from '../subscriptionPages'
import { SUBSCRIPTION_FROM_ELSEWHERE } from './subscriptionChecks'

/** `GET /api/subscribers/start`: the form's script asks for a signed start time when the form opens. */
export const subscriptionFormStart: Endpoint = {
  path: '/start',
  method: 'get',
  handler: async (req) => {
    const refused = await refusedPublicRequest(req, 'subscribe-start', answerFor(req, subscriptionMessagePage, { alwaysJson: true }), SUBSCRIPTION_FROM_ELSEWHERE)
    return refused ?? jsonNoStore({ startToken: formStartToken(req.payload.secret, 'subscription-form-start') })
  },
}
