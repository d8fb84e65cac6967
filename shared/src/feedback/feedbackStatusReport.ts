import type { FeedbackStatus } from '../domain/feedbackStatuses'

/** What the status endpoint tells whoever holds a tracking code: never who sent it. */
export type FeedbackStatusReport = {
  trackingCode: string
  status: FeedbackStatus
  statusLabel: string
  /** The public title. */
  subject: string
  receivedAt: string
  dueDate: string | null
  answeredAt: string | null
  /** The answer (or the reason it was declined), sanitised HTML; null until there is one. */
  answerHtml: string | null
  answeringUnit: string | null
  /** The report as the CMS's status page shows it (heading aside): the site's lookup shows the same. */
  html: string
}
