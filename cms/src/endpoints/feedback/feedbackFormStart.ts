import type { Endpoint } from 'payload'
import { formStartToken } from '../../feedback/formStartToken'
import { answerFor, jsonNoStore, refusedPublicRequest } from './publicFeedbackRequest'

/** `GET /api/feedback/start`: the site's form script asks for a signed start time when the form opens. */
export const feedbackFormStart: Endpoint = {
  path: '/start',
  method: 'get',
  handler: async (req) => {
    const refused = await refusedPublicRequest(req, 'start', answerFor(req, { alwaysJson: true }))
    return refused ?? jsonNoStore({ startToken: formStartToken(req.payload.secret) })
  },
}
