import type { Endpoint } from 'payload'
import { formStartToken } from '../../publicEndpoints/formStartToken'
import { answerFor, jsonNoStore, refusedPublicRequest } from '../../publicEndpoints/publicRequest'
import { FEEDBACK_FROM_ELSEWHERE } from './feedbackChecks'
import { messagePage } from '../pages/feedbackPages'

/** `GET /api/feedback/start`: the site's form script asks for a signed start time when the form opens. */
export const feedbackFormStart: Endpoint = {
  path: '/start',
  method: 'get',
  handler: async (req) => {
    const refused = await refusedPublicRequest(req, 'feedback-start', answerFor(req, messagePage, { alwaysJson: true }), FEEDBACK_FROM_ELSEWHERE)
    return refused ?? jsonNoStore({ startToken: formStartToken(req.payload.secret, 'feedback-form-start') })
  },
}
