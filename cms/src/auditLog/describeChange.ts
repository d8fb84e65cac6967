import type { CollectionConfig } from 'payload'
import { documentTitle } from '../utilities/documentTitle'
import { auditActionLabel, type AuditAction } from './auditActions'

type Collection = Pick<CollectionConfig, 'slug' | 'labels' | 'admin' | 'custom'>

function collectionName(collection: Collection): string {
  const singular = collection.labels?.singular
  return typeof singular === 'object' && singular !== null && 'vi' in singular ? String(singular.vi) : collection.slug
}

/** One line, in Vietnamese, of who did what to which document: for the audit log and build reasons. */
export function describeChange(user: { email?: string } | null | undefined, collection: Collection, action: AuditAction, doc: Record<string, unknown>): string {
  return `${user?.email ?? 'Hệ thống'}: ${auditActionLabel(action)} ${collectionName(collection)} “${documentTitle(doc, collection)}”`
}
