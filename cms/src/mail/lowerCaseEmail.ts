import type { CollectionBeforeValidateHook } from 'payload'

/** Mailboxes are matched without case: an address is kept trimmed and in lower case. */
export const lowerCaseEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  return data
}
