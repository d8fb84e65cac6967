import type { CollectionSlug, UIFieldServerProps } from 'payload'
import React from 'react'
import { liveStatus, type LiveState } from './liveStatus'

const COLOURS: Record<LiveState, string> = {
  live: 'var(--theme-success-500)',
  pending: 'var(--theme-warning-500)',
  failed: 'var(--theme-error-500)',
  notBuilt: 'var(--theme-warning-500)',
  notPublic: 'var(--theme-elevation-400)',
}

/** Sidebar note on each document: is its latest published change on the public site yet? */
export async function LiveStatus({ payload, id, collectionSlug }: UIFieldServerProps) {
  if (id === undefined) return null
  const { state, message } = await liveStatus(payload, collectionSlug as CollectionSlug, id)
  return (
    <div style={{ borderLeft: `4px solid ${COLOURS[state]}`, padding: '0.5rem 0.75rem', marginBottom: 'var(--base)' }} role="status">
      <strong>Trang công khai</strong>
      <p style={{ margin: '0.25rem 0 0' }}>{message}</p>
    </div>
  )
}
