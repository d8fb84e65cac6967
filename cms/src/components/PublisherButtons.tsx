'use client'
import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import React from 'react'

function usePublisher(): boolean {
  const { user } = useAuth<{ role?: string }>()
  return user?.role === 'admin' || user?.role === 'editor-in-chief'
}

/*
 * Editors and unit contributors cannot publish or unpublish (the API refuses them and turns their
 * saves into drafts), so they are not offered these buttons: they save drafts and submit them.
 */

export function PublishButtonForPublishers(props: PublishButtonClientProps) {
  return usePublisher() ? <PublishButton {...props} /> : null
}

export function UnpublishButtonForPublishers(props: UnpublishButtonClientProps) {
  return usePublisher() ? <UnpublishButton {...props} /> : null
}
