/** `08:05, 21/11/2026: ` — the time queueSiteBuild puts before each reason. */
const QUEUED_AT = /^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}: /

/** `editor@example.gov.vn: Gỡ xuất bản Bài viết “Title”` — a change by someone, as describeChange writes it. */
const SOMEONES_CHANGE = /^[^:]+: (.+?) “.*”$/s

/**
 * Why a build was queued, fit for anyone to read: the first of its reasons, without who made the
 * change (an e-mail address) or the document's title (it may have just been taken off the site).
 * The builder's own reasons (a start, a retry, print files) say neither and stay as they are.
 */
export function publicBuildReason(triggers: string | null | undefined): string | null {
  const first = triggers?.split('\n')[0]?.replace(QUEUED_AT, '').trim()
  if (!first) return null
  const change = first.match(SOMEONES_CHANGE)
  if (change) return change[1]!
  // A reason of another shape that may name someone or something is left out rather than guessed at.
  return /[@“]/.test(first) ? null : first
}
