import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { foldVietnamese } from '@reform/shared'
import { prepareBody, type PreparedBody } from './bodyHtml'
import type { ArticleItem, DocumentItem, ImportItem, ImportSource } from './items'
import type { Mapping, Targets } from './mapping'

export type Collection = 'articles' | 'documents'
export type Action = 'create' | 'update' | 'unchanged' | 'skip' | 'error'

/** What a run will do with one item, and why. */
export type Planned = {
  item: ImportItem
  action: Action
  reason?: string
  warnings: string[]
  hash: string
  existing?: { id: number; slug?: string | null }
  body?: PreparedBody
  reformAreas: number[]
  units: number[]
  /** A document's file: its id as a document file (the document's id there and the file's digest, so a changed file is a new one). */
  fileKey?: string
}

export type Existing = Map<string, { id: number; slug?: string | null; hash?: string | null }>

const TITLE_MAX = 250
const SUMMARY_MAX = 600

/** Every document an earlier import of this source made, by its id there (drafts included: one query). */
export async function existingItems(payload: Payload, collection: Collection, source: Pick<ImportSource, 'system' | 'site'>): Promise<Existing> {
  const { docs } = await payload.find({
    collection,
    draft: true,
    pagination: false,
    depth: 0,
    where: { and: [{ 'importSource.system': { equals: source.system } }, { 'importSource.site': { equals: source.site } }] },
    select: { slug: true, importSource: true },
  })
  return new Map(docs.map((doc) => [doc.importSource?.itemId ?? '', { id: doc.id, slug: doc.slug, hash: doc.importSource?.hash }]))
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

/** Text cut at a word before `max` characters, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`
}

type Context = { source: ImportSource; existing: Existing; mapping?: Mapping; targets: Targets; publish: boolean }

function planArticle(item: ArticleItem, context: Context) {
  const warnings = [...item.warnings]
  const body = prepareBody(item, context.source.system, item.url && URL.canParse(item.url) ? item.url : `${context.source.site}/`)
  warnings.push(...body.warnings)
  const problems = [...item.problems]
  if (body.empty && problems.length === 0) problems.push('empty body: no text or image')
  const mapped = context.mapping!.map(item.terms)
  for (const term of mapped.unknown) warnings.push(`unknown ${term.taxonomy} “${term.name}” (${term.slug}): not in ${context.mapping!.file}`)
  if (mapped.reformAreas.length === 0 && problems.length === 0) {
    const terms = item.terms.map((term) => `“${term.name}”`).join(', ') || 'none'
    problems.push(`no reform area: none of its categories and tags (${terms}) maps to one, and defaultReformAreas is empty in ${context.mapping!.file}`)
  }
  let title = item.title
  if (title.length > TITLE_MAX) {
    title = shorten(title, TITLE_MAX)
    warnings.push(`title shortened to ${TITLE_MAX} characters`)
  }
  let summary =
    item.summary
      ?.replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim() || undefined
  if (summary && summary.length > SUMMARY_MAX) {
    summary = shorten(summary, SUMMARY_MAX)
    warnings.push(`summary shortened to ${SUMMARY_MAX} characters`)
  }
  const content = { title, summary, html: body.html, images: body.images.map(({ key, alt }) => [key, alt]), hero: item.heroImage && [item.heroImage.key, item.heroImage.alt] }
  const hash = digest({ ...content, date: item.publishedAt, author: item.authorName, url: item.url, areas: mapped.reformAreas, units: mapped.units, publish: context.publish })
  return { problems, warnings, hash, body, reformAreas: mapped.reformAreas, units: mapped.units, item: { ...item, title, summary } }
}

async function planDocument(item: DocumentItem, { targets, publish }: Context) {
  const warnings = [...item.warnings]
  const find = (known: Targets['areas'], names: string[], what: string) =>
    names.flatMap((name) => {
      const match = known.find((entry) => entry.slug === name || foldVietnamese(entry.name) === foldVietnamese(name))
      if (!match) warnings.push(`unknown ${what} “${name}”: left out`)
      return match ? [match.id] : []
    })
  const reformAreas = find(targets.areas, item.reformAreaNames, 'reform area')
  const units = find(targets.units, item.unitNames, 'unit')
  const fileDigest = item.file
    ? createHash('sha256')
        .update(await readFile(item.file.path))
        .digest('hex')
    : undefined
  const { problems: _problems, warnings: _warnings, label: _label, ...fields } = item
  const hash = digest({ ...fields, file: fileDigest, reformAreas, units, publish })
  return { problems: item.problems, warnings, hash, reformAreas, units, item, fileKey: fileDigest && `${item.itemId}#${fileDigest.slice(0, 16)}` }
}

/** Decides each item: left out, refused (with the reasons), new, changed since the last import, or unchanged. */
export async function planItem(item: ImportItem, context: Context): Promise<Planned> {
  if (item.leftOut) return { item, action: 'skip', reason: item.leftOut, warnings: [], hash: '', reformAreas: [], units: [] }
  const planned = item.kind === 'article' ? planArticle(item, context) : await planDocument(item, context)
  const existing = context.existing.get(item.itemId)
  const base = {
    item: planned.item,
    warnings: planned.warnings,
    hash: planned.hash,
    reformAreas: planned.reformAreas,
    units: planned.units,
    body: 'body' in planned ? planned.body : undefined,
    fileKey: 'fileKey' in planned ? planned.fileKey : undefined,
    existing,
  }
  if (planned.problems.length > 0) return { ...base, action: 'error', reason: planned.problems.join('; ') }
  if (!existing) return { ...base, action: 'create' }
  return existing.hash === planned.hash
    ? { ...base, action: 'unchanged', reason: 'unchanged since the last import' }
    : { ...base, action: 'update', reason: 'changed since the last import' }
}
