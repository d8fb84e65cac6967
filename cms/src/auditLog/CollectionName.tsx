'use client'
import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import React from 'react'

/** What editors call a collection or global ("Tin bài", "Cài đặt"), for a stored slug; the slug if unknown. */
function useCollectionName(slug: unknown): string {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  if (typeof slug !== 'string' || slug === '') return ''
  const collection = getEntityConfig({ collectionSlug: slug })
  if (collection) return getTranslation(collection.labels.singular, i18n)
  const global = getEntityConfig({ globalSlug: slug })
  return global ? getTranslation(global.label, i18n) : slug
}

/** The audit log's "Loại nội dung" column: the collection's Vietnamese name, not its slug ("users"). */
export function CollectionNameCell({ cellData }: DefaultCellComponentProps) {
  return <span>{useCollectionName(cellData)}</span>
}

/** The same in an audit entry's view (read-only: nobody edits the log). */
export function CollectionNameField({ field, path }: TextFieldClientProps) {
  const { value } = useField<string>({ path: path ?? field.name })
  const name = useCollectionName(value)
  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path} />
      <p style={{ margin: 0 }}>{name || '—'}</p>
    </div>
  )
}
