'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientProps } from 'payload'
import React from 'react'
import { formatSeconds } from './formatSeconds'

/** A duration in seconds in a list: "2,3 giây" (Payload's number cell would show "2.3"). */
export function DurationCell({ cellData }: DefaultCellComponentProps) {
  return <span>{formatSeconds(cellData as number | null)}</span>
}

/** The same, read-only, in a document's view. */
export function DurationField({ field, path }: NumberFieldClientProps) {
  const { value } = useField<number>({ path: path ?? field.name })
  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path} />
      <p style={{ margin: 0 }}>{formatSeconds(value) || '—'}</p>
    </div>
  )
}
