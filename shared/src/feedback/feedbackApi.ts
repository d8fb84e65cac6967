/**
 * The CMS's public feedback endpoints, on the site's own origin: the web server passes exactly
 * these on to the CMS and nothing else of it.
 */
export const FEEDBACK_API = {
  /** POST: a submission (a plain form post or JSON). */
  submit: '/api/feedback',
  /** GET: a signed start time for the form, so a submission can prove it was not filled in a flash. */
  start: '/api/feedback/start',
  /** GET `?ma=<code>`: the status of one submission, and its answer once answered. */
  status: '/api/feedback/status',
} as const

/** Form field names the site's form and the endpoint share. */
export const FEEDBACK_FIELDS = {
  /** Left empty by people; bots that fill every field fill it. */
  honeypot: 'website',
  startToken: 'startToken',
  trackingCode: 'ma',
} as const
