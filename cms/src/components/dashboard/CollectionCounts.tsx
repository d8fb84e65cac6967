import { getTranslation } from '@payloadcms/translations'
import { Button } from '@payloadcms/ui'
import { EntityType, getNavGroups, getVisibleEntities } from '@payloadcms/ui/shared'
import { getAccessResults, type CollectionSlug, type PayloadRequest, type WidgetServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

const numbers = new Intl.NumberFormat('vi-VN')

/** "20 mục · 1 bản nháp": what a collection holds that this reader may read. */
async function countLine(req: PayloadRequest, slug: CollectionSlug): Promise<string> {
  const { payload, user } = req
  const config = payload.collections[slug]?.config
  const all = await payload.count({ collection: slug, overrideAccess: false, user, req })
  const line = `${numbers.format(all.totalDocs)} mục`
  if (!config?.versions?.drafts) return line
  const drafts = await payload.count({ collection: slug, where: { _status: { equals: 'draft' } }, overrideAccess: false, user, req })
  return drafts.totalDocs > 0 ? `${line} · ${numbers.format(drafts.totalDocs)} bản nháp` : line
}

/**
 * The dashboard's tiles, as Payload's own (widgets/CollectionCards: the navigation groups, a card
 * a collection or global, "+" where one may create), each collection's with how many documents
 * it holds (and, with drafts, how many are drafts). Registered under Payload's own widget slug
 * `collections`, so it takes the place of Payload's tiles in every saved dashboard layout too.
 */
export async function CollectionCounts({ req }: WidgetServerProps) {
  const { i18n, payload } = req
  const adminRoute = payload.config.routes.admin
  const permissions = await getAccessResults({ req })
  const navGroups = getNavGroups(permissions, getVisibleEntities({ req }), payload.config, i18n)
  const counts = new Map(
    await Promise.all(
      navGroups.flatMap(({ entities }) =>
        entities.filter(({ type }) => type === EntityType.collection).map(async ({ slug }) => [slug, await countLine(req, slug as CollectionSlug)] as const),
      ),
    ),
  )

  return (
    <div className="collections">
      <div className="collections__wrap">
        {navGroups.map(({ entities, label }) => (
          <div className="collections__group" key={label}>
            <h2 className="collections__label">{label}</h2>
            <ul className="collections__card-list">
              {entities.map(({ slug, type, label: entityLabel }) => {
                const title = getTranslation(entityLabel, i18n)
                const isCollection = type === EntityType.collection
                const href = formatAdminURL({ adminRoute, path: isCollection ? `/collections/${slug}` : `/globals/${slug}` })
                const canCreate = isCollection && permissions?.collections?.[slug]?.create
                return (
                  <li key={slug}>
                    <div className="card card--has-onclick" id={`card-${slug}`}>
                      <div style={{ width: '100%' }}>
                        <h3 className="card__title">{title}</h3>
                        {counts.has(slug) && <p style={{ margin: 'calc(var(--base) * 0.4) 0 0' }}>{counts.get(slug)}</p>}
                      </div>
                      {canCreate && (
                        <div className="card__actions">
                          <Button
                            aria-label={i18n.t('general:createNewLabel', { label: title })}
                            buttonStyle="icon-label"
                            el="link"
                            icon="plus"
                            iconStyle="with-border"
                            round
                            to={formatAdminURL({ adminRoute, path: `/collections/${slug}/create` })}
                          />
                        </div>
                      )}
                      <Button
                        aria-label={isCollection ? i18n.t('general:showAllLabel', { label: title }) : i18n.t('general:editLabel', { label: title })}
                        buttonStyle="none"
                        className="card__click"
                        el="link"
                        to={href}
                      />
                    </div>
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </div>
  )
}
