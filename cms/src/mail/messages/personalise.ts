import escapeHtml from 'escape-html'

/** A message as sent: subject, HTML part and plain-text part. */
export type MailMessage = { subject: string; html: string; text: string }

/** A recipient's personal links (recipientUrls): the body links `manage`, the List-Unsubscribe header `unsubscribe`. */
export type PersonalLinks = { manage: string; unsubscribe: string }

/** What differs between two recipients of one message: their links and why they get it. */
export type Personal = PersonalLinks & { reason: string }

// Slots are marked by U+E000 (private use): it never occurs in real text, MJML and a JSON column
// keep it, and layout removes it from every input, so no title can open a slot.
export const SLOT_MARK = '\uE000'
export const SLOTS = { manage: `${SLOT_MARK}manage${SLOT_MARK}`, reason: `${SLOT_MARK}reason${SLOT_MARK}` } as const

const SLOT = new RegExp(`${SLOT_MARK}(manage|reason)${SLOT_MARK}`)

type Parts = { html: string[]; text: string[] }

// A message is cut at its slots once, then each recipient's copy is one join: a quarter of the
// time of a replace over a 50 kB bulletin. Odd parts are slot names (split's capture).
const cut = new WeakMap<MailMessage, Parts>()

function partsOf(message: MailMessage): Parts {
  let parts = cut.get(message)
  if (!parts) cut.set(message, (parts = { html: message.html.split(SLOT), text: message.text.split(SLOT) }))
  return parts
}

const fill = (parts: string[], values: Record<string, string>) => parts.map((part, index) => (index % 2 ? values[part] : part)).join('')

/**
 * One recipient's copy of a message made once for a whole sending (MJML is far too slow to run per
 * recipient): fills the slots, escaped for the HTML part, as they are in the text part.
 */
export function personalise(message: MailMessage, personal: Personal): MailMessage {
  const parts = partsOf(message)
  return {
    subject: message.subject,
    html: fill(parts.html, { manage: escapeHtml(personal.manage), reason: escapeHtml(personal.reason) }),
    text: fill(parts.text, personal),
  }
}
