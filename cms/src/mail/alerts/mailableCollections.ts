/** What subscribers can be mailed about when it is published, and which of their choices it answers. */
export const MAILABLE_COLLECTIONS = ['articles', 'practices', 'documents', 'bulletins'] as const

export type MailableCollection = (typeof MAILABLE_COLLECTIONS)[number]

export const isMailable = (slug: string): slug is MailableCollection => (MAILABLE_COLLECTIONS as readonly string[]).includes(slug)
