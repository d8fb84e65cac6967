'use client'
import { RelationshipField, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import React from 'react'

/** Payload's relationship field, whose placeholder is the saved document's title while the value is that document. */
export function SavedRelationFieldClient({ saved, ...props }: RelationshipFieldClientProps & { saved?: { id: number | string; title: string } }) {
  const { value } = useField<unknown>({ potentiallyStalePath: props.path })
  const id = value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value
  const showSaved = saved !== undefined && String(id) === String(saved.id)
  const field = showSaved ? { ...props.field, admin: { ...props.field.admin, placeholder: saved.title } } : props.field
  return <RelationshipField {...props} field={field} />
}
