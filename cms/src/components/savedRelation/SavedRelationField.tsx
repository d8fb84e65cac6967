import type { CollectionSlug, RelationshipFieldServerComponent } from 'payload'
import React from 'react'
import { SavedRelationFieldClient } from './SavedRelationFieldClient'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : typeof value === 'number' || typeof value === 'string' ? value : undefined

/**
 * A single relationship field that shows the saved document's title from the first paint.
 * Payload's own renders only the id from the server and asks for the title in a second request
 * once the page is running in the browser; until it answers the box shows its placeholder
 * ("Chọn một giá trị"), so right after saving a contributor the unit looked empty although it
 * was saved. The title is read here, with the page, and shown until Payload's own arrives.
 */
export const SavedRelationField: RelationshipFieldServerComponent = async ({ clientField, field, path, permissions, readOnly, schemaPath, data, req }) => {
  const id = idOf(data?.[field.name])
  const relationTo = typeof field.relationTo === 'string' ? (field.relationTo as CollectionSlug) : undefined
  let title: string | undefined
  if (id !== undefined && relationTo) {
    const titleField = req.payload.collections[relationTo]?.config.admin.useAsTitle ?? 'id'
    const doc = await req.payload.findByID({ collection: relationTo, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null)
    const value = doc?.[titleField as keyof typeof doc]
    if (typeof value === 'string' || typeof value === 'number') title = String(value)
  }
  return (
    <SavedRelationFieldClient
      field={clientField}
      path={path}
      permissions={permissions}
      readOnly={readOnly}
      saved={id !== undefined && title !== undefined ? { id, title } : undefined}
      schemaPath={schemaPath}
    />
  )
}
