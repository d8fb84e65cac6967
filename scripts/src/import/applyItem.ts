import { rm } from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { LOADING_EXISTING_CONTENT } from '@reform/cms/mailAlerts'
import { toSlug } from '@reform/shared'
import { linkUploads, type LexicalBody } from './htmlToLexical'
import type { ArticleItem, DocumentItem, ImageRef, ImportSource } from './items'
import type { KeyedLocks } from './keyedLocks'
import { loadDocumentFile, loadImage, type UploadFile } from './loadFile'
import type { Planned } from './plan'

/** What marks an image the old portal gave no description: editors find them by it. */
export const MISSING_ALT = 'Ảnh chưa có mô tả (nhập từ cổng cũ)'

export type WriteContext = {
  payload: Payload
  source: ImportSource
  publish: boolean
  toLexical: (html: string) => LexicalBody
  locks: KeyedLocks
  /** Media and document files already made by this source (committed), by their id there. */
  files: Map<string, number>
}

type Made = { id: number; filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

/** The files a made upload put on disk, to remove when its transaction is rolled back. */
const filesOf = (payload: Payload, collection: 'media' | 'document-files', made: Made) => {
  const dir = payload.collections[collection].config.upload.staticDir ?? ''
  return [made.filename, ...Object.values(made.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name)).map((name) => path.join(dir, name))
}

/**
 * Writes one item and the files it brings in one transaction: the media and the article (or the
 * document file and the document) are committed together or not at all. Files a failed item
 * wrote to disk are removed with the rollback. Says what was written.
 */
export async function applyItem(planned: Planned, context: WriteContext): Promise<{ id: number; warnings: string[] }> {
  const { payload, source, locks } = context
  const warnings: string[] = []
  // Read and fetched before the transaction: a slow host never holds it open.
  const images = planned.item.kind === 'article' ? await loadImages(planned, warnings) : []
  const documentFile = planned.item.kind === 'document' ? await loadDocument(planned.item, planned.fileKey, warnings) : undefined
  const keys = [...images.map(({ ref }) => `file:${ref.key}`), ...(planned.item.kind === 'article' && !planned.existing ? [`slug:${toSlug(planned.item.title)}`] : [])]
  return locks.with(keys, async () => {
    const req = await createLocalReq({ context: { ...LOADING_EXISTING_CONTENT } }, payload)
    await initTransaction(req)
    const written: string[] = []
    const made = new Map<string, number>()
    try {
      const upload = async (collection: 'media' | 'document-files', key: string, url: string | undefined, file: UploadFile, data: Record<string, unknown>) => {
        const known = context.files.get(`${collection}:${key}`) ?? made.get(`${collection}:${key}`)
        if (known) return known
        const doc = (await payload.create({
          collection,
          req,
          depth: 0,
          file,
          data: { ...data, importSource: { system: source.system, site: source.site, itemId: key, url } } as never,
        })) as Made
        written.push(...filesOf(payload, collection, doc))
        made.set(`${collection}:${key}`, doc.id)
        return doc.id
      }
      // One after the other: a transaction is one connection, which runs one query at a time.
      const mediaIds: Array<number | undefined> = []
      for (const { ref, file } of images) mediaIds.push(file ? await upload('media', ref.key, ref.url, file, { alt: ref.alt?.trim() || MISSING_ALT }) : undefined)
      const id =
        planned.item.kind === 'article'
          ? await writeArticle(planned, planned.item, context, req, mediaIds)
          : await writeDocument(
              planned,
              planned.item,
              context,
              req,
              documentFile && (await upload('document-files', planned.fileKey!, undefined, documentFile, { title: planned.item.number })),
            )
      await commitTransaction(req)
      for (const [key, fileId] of made) context.files.set(key, fileId)
      return { id, warnings }
    } catch (error) {
      await killTransaction(req)
      await Promise.all(written.map((file) => rm(file, { force: true })))
      throw error
    }
  })
}

/** A document's file, or undefined with a warning when it cannot be taken. */
async function loadDocument(item: DocumentItem, key: string | undefined, warnings: string[]): Promise<UploadFile | undefined> {
  if (!item.file || !key) return undefined
  return loadDocumentFile(item.file.path, key).catch((error: Error) => {
    warnings.push(`file ${item.file!.name} not imported: ${error.message}`)
    return undefined
  })
}

/** The body's images and the hero image (the last), each loaded or dropped with a warning. */
async function loadImages(planned: Planned, warnings: string[]): Promise<Array<{ ref: ImageRef; file?: UploadFile }>> {
  const item = planned.item as ArticleItem
  const refs = [...(planned.body?.images ?? []), ...(item.heroImage ? [item.heroImage] : [])]
  return Promise.all(
    refs.map(async (ref) => {
      const file = await loadImage(ref).catch((error: Error) => {
        warnings.push(`image not imported: ${ref.file ?? ref.url}: ${error.message}`)
        return undefined
      })
      if (file && !ref.alt?.trim()) warnings.push(`image without a description: ${ref.key} (marked “${MISSING_ALT}”)`)
      return { ref, file }
    }),
  )
}

async function writeArticle(planned: Planned, item: ArticleItem, context: WriteContext, req: PayloadRequest, mediaIds: Array<number | undefined>): Promise<number> {
  const bodyImages = planned.body?.images.length ?? 0
  const data = {
    title: item.title,
    summary: item.summary ?? null,
    body: linkUploads(context.toLexical(planned.body!.html), mediaIds.slice(0, bodyImages)),
    heroImage: item.heroImage ? (mediaIds[bodyImages] ?? null) : null,
    publishedAt: item.publishedAt,
    authorName: item.authorName ?? null,
    reformAreas: planned.reformAreas,
    units: planned.units,
    importSource: { system: context.source.system, site: context.source.site, itemId: item.itemId, url: item.url ?? null, hash: planned.hash },
    _status: context.publish ? ('published' as const) : ('draft' as const),
  }
  return write(context, req, 'articles', planned, data)
}

async function writeDocument(planned: Planned, item: DocumentItem, context: WriteContext, req: PayloadRequest, fileId: number | undefined): Promise<number> {
  const data = {
    number: item.number,
    title: item.title,
    type: item.type as never,
    issuer: item.issuer,
    signer: item.signer ?? null,
    issuedAt: item.issuedAt!,
    effectiveAt: item.effectiveAt ?? null,
    summary: item.summary ?? null,
    ...(fileId ? { file: fileId } : {}),
    reformAreas: planned.reformAreas,
    unit: planned.units[0] ?? null,
    importSource: { system: context.source.system, site: context.source.site, itemId: item.itemId, url: item.url ?? null, hash: planned.hash },
    _status: context.publish ? ('published' as const) : ('draft' as const),
  }
  return write(context, req, 'documents', planned, data)
}

/** A new document, or the one an earlier import made (its slug kept: its address does not move). */
async function write(context: WriteContext, req: PayloadRequest, collection: 'articles' | 'documents', planned: Planned, data: Record<string, unknown>): Promise<number> {
  const common = { collection, req, depth: 0, draft: !context.publish, context: { ...LOADING_EXISTING_CONTENT } } as const
  const doc = planned.existing
    ? await context.payload.update({ ...common, id: planned.existing.id, data: { ...data, slug: planned.existing.slug } as never })
    : await context.payload.create({ ...common, data: data as never })
  return doc.id
}
