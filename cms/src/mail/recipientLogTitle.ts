/**
 * How logs name a person who receives mail: by number, never by address or name (the audit log
 * and build reasons are read by every member of staff).
 */
export const recipientLogTitle = (doc: Record<string, unknown>) => `người nhận #${doc.id}`
