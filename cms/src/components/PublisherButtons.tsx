'use client'
import { FormSubmit, PopupList, UnpublishButton, useAuth, useConfig, useDocumentInfo, useForm, useFormModified, useModal } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'
import { canPublish } from '../access/roles'
import { publishWords } from './publishing/publishWords'
import { ScheduleDrawer } from './publishing/ScheduleDrawer'

/*
 * Editors and unit contributors cannot publish or unpublish (the API refuses them and turns their
 * saves into drafts), so they are not offered these buttons: they save drafts and submit them.
 * The buttons name what they publish ("Xuất bản tin bài"), and scheduling opens a drawer with a
 * Vietnamese date picker (publishing/ScheduleDrawer.tsx).
 */

export function PublishButtonForPublishers(_props: PublishButtonClientProps) {
  return canPublish(useAuth().user) ? <PublishButton /> : null
}

export function UnpublishButtonForPublishers(_props: UnpublishButtonClientProps) {
  const { collectionSlug } = useDocumentInfo()
  return canPublish(useAuth().user) ? <UnpublishButton label={publishWords(collectionSlug).unpublish} /> : null
}

/**
 * Payload's PublishButton (elements/PublishButton) for this CMS: no locales, no autosave, and its
 * schedule sub-menu opening our drawer. Publishing itself is Payload's: the form submitted with
 * `_status: published`, then the document info told.
 */
function PublishButton() {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const { isModalOpen, toggleModal } = useModal()
  const words = publishWords(collectionSlug)
  const drawerSlug = `schedule-publish-${id}`

  const hasNewerVersions = unpublishedVersionCount > 0
  const canPublishNow = hasPublishPermission && (modified || hasNewerVersions || !hasPublishedDoc) && uploadStatus !== 'uploading'
  // As Payload's: a saved document, with nothing unsaved in the form.
  const canSchedule = Boolean(hasPublishPermission && collectionSlug && id !== undefined && !modified)

  const publish = useCallback(async () => {
    if (uploadStatus === 'uploading') return
    const action = formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id !== undefined ? `/${id}` : ''}?depth=0` })
    const result = await submit({ action, overrides: { _status: 'published' } })
    if (result) {
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
      setHasPublishedDoc(true)
    }
  }, [uploadStatus, api, collectionSlug, id, submit, setUnpublishedVersionCount, setMostRecentVersionIsAutosaved, setHasPublishedDoc])

  if (!hasPublishPermission) return null

  return (
    <>
      <FormSubmit
        buttonId="action-save"
        disabled={!canPublishNow}
        enableSubMenu={canSchedule}
        onClick={publish}
        size="medium"
        SubMenuPopupContent={
          canSchedule
            ? ({ close }) => (
                <PopupList.ButtonGroup>
                  <PopupList.Button
                    id="schedule-publish"
                    onClick={() => {
                      toggleModal(drawerSlug)
                      close()
                    }}
                  >
                    {words.schedule}
                  </PopupList.Button>
                </PopupList.ButtonGroup>
              )
            : undefined
        }
        type="button"
      >
        {words.publish}
      </FormSubmit>
      {canSchedule && isModalOpen(drawerSlug) && <ScheduleDrawer defaultType={hasPublishedDoc && !hasNewerVersions ? 'unpublish' : 'publish'} slug={drawerSlug} words={words} />}
    </>
  )
}
