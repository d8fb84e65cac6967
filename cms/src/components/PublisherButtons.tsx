'use client'
import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import React from 'react'
import { canPublish } from '../access/roles'

/*
 * Editors and unit contributors cannot publish or unpublish (the API refuses them and turns their
 * saves into drafts), so they are not offered these buttons: they save drafts and submit them.
 */

export function PublishButtonForPublishers(props: PublishButtonClientProps) {
  return canPublish(useAuth().user) ? <PublishButton {...props} /> : null
}

export function UnpublishButtonForPublishers(props: UnpublishButtonClientProps) {
  return canPublish(useAuth().user) ? <UnpublishButton {...props} /> : null
}
