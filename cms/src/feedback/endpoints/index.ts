import { feedbackFormStart } from './feedbackFormStart'
import { feedbackStatus } from './feedbackStatus'
import { submitFeedback } from './submitFeedback'

/**
 * The only public ways into the CMS (see shared FEEDBACK_API): they come before Payload's own
 * routes of the collection, so `POST /api/feedback` is the checked submission, not a plain create.
 */
export const feedbackEndpoints = [submitFeedback, feedbackFormStart, feedbackStatus]
