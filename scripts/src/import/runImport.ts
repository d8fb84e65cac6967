import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { applyItem, type WriteContext } from './applyItem'
import { readDocuments } from './documents'
import { readFeed } from './feed'
import { htmlToLexical } from './htmlToLexical'
import type { ImportSource } from './items'
import { KeyedLocks } from './keyedLocks'
import { loadMapping, loadTargets, type Mapping } from './mapping'
import { existingItems, planItem, type Action, type Planned } from './plan'
import { startProgress } from './progress'
import { runStateFile } from './runState'
import { readWordPress } from './wordpress'

export type ImportKind = 'wordpress' | 'feed' | 'documents'

export type ImportOptions = {
  kind: ImportKind
  input: string
  uploads?: string
  files?: string
  pages?: boolean
  apply?: boolean
  publish?: boolean
  /** The mapping file; default: beside the input (`<input>.mapping.json`), or in `stateDir` for a URL. */
  mapping?: string
  lanes?: number
  /** Where run records (and a URL's mapping file) are kept. */
  stateDir: string
  out?: NodeJS.WriteStream
  log?: (line: string) => void
}

export type ImportSummary = Record<Action | 'failed', number> & { warnings: number; mappingFile?: string; mappingCreated?: boolean }

async function readSource(options: ImportOptions): Promise<ImportSource> {
  if (options.kind === 'wordpress') return readWordPress(await readFile(options.input, 'utf8'), { uploads: options.uploads, pages: options.pages ?? false })
  if (options.kind === 'feed') return readFeed(options.input)
  return readDocuments(options.input, { files: options.files })
}

/** Payload's validation errors name each field; others their message. */
function reasonOf(error: unknown): string {
  const fields = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data?.errors
  if (fields?.length) return fields.map((field) => `${field.path}: ${field.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

const line = (action: string, planned: Planned, detail?: string) =>
  `${action.padEnd(9)} ${planned.item.label}${detail ? `: ${detail}` : ''}${planned.warnings.length ? `\n          ! ${planned.warnings.join('\n          ! ')}` : ''}`

/**
 * One import: read the source, decide every item (dry run: print that and stop), then write the
 * items to create or update, `lanes` at a time, each in its own transaction. A failed item is
 * reported with its reason and the others go on.
 */
export async function runImport(payload: Payload, options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? ((text: string) => console.log(text))
  const source = await readSource(options)
  const collection = options.kind === 'documents' ? 'documents' : 'articles'
  const targets = await loadTargets(payload)
  let mapping: Mapping | undefined
  if (collection === 'articles') {
    const file =
      options.mapping ?? (/^https?:\/\//i.test(options.input) ? path.join(options.stateDir, `${new URL(options.input).hostname}.mapping.json`) : `${options.input}.mapping.json`)
    mapping = await loadMapping(file, source.terms, targets)
  }
  const existing = await existingItems(payload, collection, source)
  const publish = options.publish ?? false
  const plans: Planned[] = []
  for (const item of source.items) plans.push(await planItem(item, { source, existing, mapping, targets, publish }))

  const summary: ImportSummary = { create: 0, update: 0, unchanged: 0, skip: 0, error: 0, failed: 0, warnings: 0, mappingFile: mapping?.file, mappingCreated: mapping?.created }
  log(`${options.apply ? 'Importing' : 'Dry run (nothing is written; --apply writes)'}: ${source.description}, as ${publish ? 'published' : 'draft'} ${collection}.`)
  if (mapping) log(mapping.created ? `Wrote the mapping file ${mapping.file}: check it, then run again.` : `Mapping file: ${mapping.file}`)

  if (!options.apply) {
    for (const planned of plans) {
      summary[planned.action]++
      summary.warnings += planned.warnings.length
      const verb = { create: 'create', update: 'update', unchanged: 'skip', skip: 'skip', error: 'error' }[planned.action]
      log(line(verb, planned, planned.reason))
    }
    log(summaryLine(summary, false))
    return summary
  }

  const toWrite = plans.filter((planned) => planned.action === 'create' || planned.action === 'update')
  for (const planned of plans) {
    if (planned.action === 'create' || planned.action === 'update') continue
    summary[planned.action]++
    if (planned.action !== 'unchanged') log(line(planned.action === 'error' ? 'error' : 'skip', planned, planned.reason))
  }
  const state = await runStateFile(options.stateDir, `${options.kind}:${source.system}:${source.site}:${path.resolve(options.input)}`, toWrite.length)
  if (state.interrupted) {
    log(
      `The run of ${state.interrupted.startedAt} stopped after ${state.interrupted.done} of ${state.interrupted.total} items; what it wrote is kept and skipped now (${summary.unchanged} unchanged).`,
    )
  }
  const context: WriteContext = {
    payload,
    source,
    publish,
    toLexical: await htmlToLexical(payload),
    locks: new KeyedLocks(),
    files: await existingFiles(payload, source),
  }
  const progress = startProgress(toWrite.length, options.out)
  let next = 0
  const lane = async () => {
    while (next < toWrite.length) {
      const planned = toWrite[next++]!
      try {
        const { warnings } = await applyItem(planned, context)
        planned.warnings.push(...warnings)
        summary[planned.action]++
        summary.warnings += planned.warnings.length
        progress.log(line(planned.action === 'create' ? 'created' : 'updated', planned))
        progress.tick(planned.action === 'create' ? 'created' : 'updated')
      } catch (error) {
        summary.failed++
        progress.log(line('failed', planned, reasonOf(error)))
        progress.tick('failed')
      }
      await state.itemDone()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.lanes ?? 4, toWrite.length)) }, lane))
  progress.stop()
  await state.finish()
  log(summaryLine(summary, true))
  return summary
}

/** Media and document files an earlier run of this source made: reused, never made twice. */
async function existingFiles(payload: Payload, source: ImportSource): Promise<Map<string, number>> {
  const files = new Map<string, number>()
  for (const collection of ['media', 'document-files'] as const) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      where: { and: [{ 'importSource.system': { equals: source.system } }, { 'importSource.site': { equals: source.site } }] },
      select: { importSource: true },
    })
    for (const doc of docs) if (doc.importSource?.itemId) files.set(`${collection}:${doc.importSource.itemId}`, doc.id)
  }
  return files
}

function summaryLine(summary: ImportSummary, applied: boolean): string {
  const parts = applied
    ? [
        `${summary.create} created`,
        `${summary.update} updated`,
        `${summary.unchanged} unchanged`,
        `${summary.skip} left out`,
        `${summary.error} refused`,
        `${summary.failed} failed`,
      ]
    : [`${summary.create} to create`, `${summary.update} to update`, `${summary.unchanged} unchanged`, `${summary.skip} left out`, `${summary.error} refused`]
  return `${applied ? 'Done' : 'Would do'}: ${parts.join(', ')}; ${summary.warnings} warning(s).`
}
