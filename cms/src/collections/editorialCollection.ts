import type { CollectionConfig, Field } from 'payload'
import { PREVIEWABLE_COLLECTIONS, type PreviewableCollection } from '@reform/shared'
import { editorialAccess } from '../access/editorialAccess'
import { reviewFields } from '../fields/review'
import { draftsOnlyForNonPublishers } from '../hooks/draftsOnlyForNonPublishers'
import { keepContributorUnit } from '../hooks/keepContributorUnit'
import { rememberDraftFlag } from '../hooks/savingDraft'
import { normalizeTextToNFC } from '../hooks/normalizeTextToNFC'
import { trackReview } from '../hooks/trackReview'
import { previewUrl } from '../preview/previewUrl'

type Options = Omit<CollectionConfig, 'access' | 'versions' | 'fields'> & {
  /** Field holding the unit(s) a contributor must belong to; none: contributors cannot write. */
  unitField?: string
  fields: Field[]
}

/**
 * What every editorial collection shares: drafts, versions and scheduled publishing, the role
 * rules (publishers publish; contributors stay in their unit), the review fields and NFC text.
 */
export function editorialCollection({ unitField, fields, hooks = {}, ...config }: Options): CollectionConfig {
  const allFields: Field[] = [
    // First, so it tops the sidebar: is the latest published change on the public site yet?
    { name: 'liveStatus', type: 'ui', admin: { position: 'sidebar', components: { Field: '/siteBuilds/LiveStatus#LiveStatus' } } },
    ...fields,
    ...reviewFields(),
  ]
  return {
    ...config,
    admin: {
      ...config.admin,
      // Collections with a public page get the admin's "Preview" link to the draft preview server.
      ...((PREVIEWABLE_COLLECTIONS as readonly string[]).includes(config.slug) ? { preview: previewUrl(config.slug as PreviewableCollection) } : {}),
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/components/PublisherButtons#PublishButtonForPublishers',
          UnpublishButton: '/components/PublisherButtons#UnpublishButtonForPublishers',
        },
        // Payload's versions list, saying who saved each version.
        views: {
          ...config.admin?.components?.views,
          edit: {
            ...(config.admin?.components?.views?.edit as Record<string, unknown> | undefined),
            versions: { Component: '/components/versions/VersionsWithAuthors#VersionsWithAuthors' },
          },
        },
      },
    },
    access: editorialAccess(unitField),
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    hooks: {
      ...hooks,
      // rememberDraftFlag: the audit log and the build triggers tell a draft save from an unpublish.
      beforeOperation: [draftsOnlyForNonPublishers, rememberDraftFlag, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [normalizeTextToNFC, ...(hooks.beforeValidate ?? [])],
      beforeChange: [...(unitField ? [keepContributorUnit(unitField)] : []), trackReview, ...(hooks.beforeChange ?? [])],
    },
    fields: allFields,
  }
}
