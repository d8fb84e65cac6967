import { Gutter, Pill, SetDocumentStepNav } from '@payloadcms/ui'
import type { CollectionSlug, DocumentViewServerProps, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { formatVietnamDateTime } from '../publishing/vietnamWallClock'

type Version = { id: number | string; updatedAt: string; version: { _status?: 'draft' | 'published'; updatedBy?: number | { id: number } | null } }

const PER_PAGE = 20

const idOf = (user: Version['version']['updatedBy']) => (user && typeof user === 'object' ? user.id : (user ?? undefined))

/**
 * A document's versions, as Payload's own list (views/Versions) but saying who saved each one
 * (the `updatedBy` kept in every version: fields/review.ts); Payload's list has no column for it
 * and no way to add one. The time links to Payload's version view, as in Payload's list.
 */
export async function VersionsWithAuthors({ initPageResult, hasPublishedDoc, searchParams }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const { payload, user, i18n } = req
  const collection = collectionConfig.slug as CollectionSlug
  const page = Math.max(1, Number(searchParams?.page) || 1)
  const ofThisDocument: Where = { parent: { equals: docID } }
  const latestWith = async (status: 'draft' | 'published') =>
    (
      await payload.findVersions({
        collection,
        where: { and: [ofThisDocument, { 'version._status': { equals: status } }] },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
    ).docs[0] as Version | undefined

  const [versions, latestPublished, latestDraft] = await Promise.all([
    payload.findVersions({ collection, where: ofThisDocument, sort: '-updatedAt', limit: PER_PAGE, page, depth: 0, overrideAccess: false, user, req }),
    hasPublishedDoc ? latestWith('published') : Promise.resolve(undefined),
    latestWith('draft'),
  ])
  const docs = versions.docs as unknown as Version[]
  const authorIds = [...new Set(docs.map((doc) => idOf(doc.version.updatedBy)).filter((id) => id !== undefined))]
  const authors = authorIds.length
    ? await payload.find({ collection: 'users', where: { id: { in: authorIds } }, limit: authorIds.length, depth: 0, overrideAccess: false, user, req })
    : { docs: [] }
  const authorName = new Map(authors.docs.map((author) => [author.id, (author as { name?: string | null }).name || author.email]))

  const status = (version: Version): { label: string; style: 'success' | 'light' | 'warning' } => {
    if (version.version._status !== 'published') {
      const current = latestDraft?.id === version.id && !(latestPublished && latestPublished.updatedAt > latestDraft.updatedAt)
      return { label: current ? i18n.t('version:currentDraft') : i18n.t('version:draft'), style: 'light' }
    }
    return latestPublished?.id === version.id ? { label: 'Đang xuất bản', style: 'success' } : { label: 'Đã xuất bản trước đây', style: 'light' }
  }
  const adminRoute = payload.config.routes.admin
  const versionUrl = (version: Version) => formatAdminURL({ adminRoute, path: `/collections/${collection}/${docID}/versions/${version.id}` })
  const pageUrl = (target: number) => `?page=${target}`

  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collection}
        id={docID}
        pluralLabel={collectionConfig.labels.plural as never}
        useAsTitle={collectionConfig.admin.useAsTitle}
        view={i18n.t('version:versions')}
      />
      <main className="versions">
        <Gutter className="versions__wrap">
          {docs.length === 0 ? (
            <p className="versions__no-versions">{i18n.t('version:noFurtherVersionsFound')}</p>
          ) : (
            <div className="table">
              <table cellPadding="0" cellSpacing="0">
                <thead>
                  <tr>
                    <th scope="col">Thời điểm lưu</th>
                    <th scope="col">Người lưu</th>
                    <th scope="col">{i18n.t('version:status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {docs.map((version) => {
                    const { label, style } = status(version)
                    const author = idOf(version.version.updatedBy)
                    return (
                      <tr key={version.id}>
                        <td>
                          <a href={versionUrl(version)}>{formatVietnamDateTime(version.updatedAt)}</a>
                        </td>
                        <td>{author === undefined ? 'Hệ thống' : (authorName.get(author) ?? `Người dùng #${author}`)}</td>
                        <td>
                          <Pill pillStyle={style} size="small">
                            {label}
                          </Pill>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          {versions.totalPages > 1 && (
            <nav aria-label="Các trang phiên bản" className="versions__page-controls" style={{ display: 'flex', gap: '1rem', marginTop: 'var(--base)' }}>
              {versions.hasPrevPage && <a href={pageUrl(page - 1)}>← Trang trước</a>}
              <span>
                Trang {page}/{versions.totalPages} ({versions.totalDocs} phiên bản)
              </span>
              {versions.hasNextPage && <a href={pageUrl(page + 1)}>Trang sau →</a>}
            </nav>
          )}
        </Gutter>
      </main>
    </>
  )
}
