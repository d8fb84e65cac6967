import type { UIFieldServerProps } from 'payload'
import React from 'react'

/** Sidebar link on a subscriber: their data as a file, for a request to see what is held about them. */
export function ExportSubscriberLink({ id, payload }: UIFieldServerProps) {
  if (id === undefined) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a href={`${payload.config.routes.api}/subscribers/${id}/export`} download>
        Tải dữ liệu của người này (JSON)
      </a>
    </p>
  )
}
