/**
 * The CMS's public subscription endpoints, on the site's own origin: the web server passes exactly
 * these on to the CMS (with the feedback ones) and nothing else of it.
 */
export const SUBSCRIPTION_API = {
  /** POST: a subscription request (a plain form post or JSON); the confirm link goes by mail. */
  subscribe: '/api/subscribers',
  /** GET: a signed start time for the form (as the feedback form's). */
  start: '/api/subscribers/start',
  /** GET `?t=<token>`: the link in the confirmation mail. */
  confirm: '/api/subscribers/confirm',
  /** GET `?t=<token>`: a page to change or cancel; POST: save the change, or cancel. */
  manage: '/api/subscribers/manage',
  /** POST `?t=<token>` with `List-Unsubscribe=One-Click` (RFC 8058): a mail client's one-click unsubscribe. */
  unsubscribe: '/api/subscribers/unsubscribe',
} as const

/** Form field names the site's form and the endpoint share. */
export const SUBSCRIPTION_FIELDS = {
  email: 'email',
  bulletins: 'bulletins',
  documents: 'documents',
  /** Reform area ids, repeated (`reformAreas=1&reformAreas=3`) or an array in JSON. */
  reformAreas: 'reformAreas',
  /** Unit ids: news of these units and of the units under them. */
  units: 'units',
  frequency: 'frequency',
  /** Left empty by people; bots that fill every field fill it. */
  honeypot: 'website',
  startToken: 'startToken',
  /** The personal token of a confirm, manage or unsubscribe link. */
  token: 't',
} as const
