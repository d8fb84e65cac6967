import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { foldVietnamese } from '@reform/shared'
import type { Term } from './items'

type Target = { reformAreas: string[]; units: string[] }
type Entry = Target & { name: string }

/** The mapping file: each category and tag of the old portal → reform areas and units (by slug) of the CMS. */
export type MappingFile = {
  note: string
  /** For an item none of whose terms gives a reform area (an article needs one). */
  defaultReformAreas: string[]
  categories: Record<string, Entry>
  tags: Record<string, Entry>
}

type Known = { id: number; slug: string; name: string }
export type Targets = { areas: Known[]; units: Known[] }

/** What an item's terms give: ids, and the terms the file does not know. */
export type MappedTerms = { reformAreas: number[]; units: number[]; unknown: Term[]; usedDefault: boolean }

export type Mapping = { file: string; created: boolean; map: (terms: Term[]) => MappedTerms }

const NOTE =
  'Written by `npm run import` from the categories and tags it found, with the reform areas and units whose names match filled in. ' +
  'Check it: list the slugs of reform areas (reformAreas) and units (units) of the CMS each category or tag means; an empty list ignores it. ' +
  'defaultReformAreas is for items none of whose categories gives an area. The importer reads this file on every run and never changes it.'

const sectionOf = (term: Term) => (term.taxonomy === 'tag' ? 'tags' : 'categories')

/** The areas and units whose names match a term's, as a starting point. */
function suggest(term: Term, { areas, units }: Targets): Target {
  const name = foldVietnamese(term.name).trim()
  const near = (other: string) => {
    const folded = foldVietnamese(other)
    return folded === name || (name.length >= 8 && folded.includes(name))
  }
  return {
    reformAreas: areas.filter((area) => near(area.name)).map((area) => area.slug),
    units: units.filter((unit) => foldVietnamese(unit.name) === name).map((unit) => unit.slug),
  }
}

export async function loadTargets(payload: Payload): Promise<Targets> {
  const read = async (collection: 'reform-areas' | 'units') =>
    (await payload.find({ collection, pagination: false, depth: 0, select: { name: true, slug: true } })).docs.map((doc) => ({ id: doc.id, slug: doc.slug ?? '', name: doc.name }))
  return { areas: await read('reform-areas'), units: await read('units') }
}

/**
 * The mapping of `file`, written first (with suggestions) when it does not exist. A slug in it that
 * names no reform area or unit stops the import before anything is written.
 */
export async function loadMapping(file: string, terms: Term[], targets: Targets): Promise<Mapping> {
  const created = !existsSync(file)
  if (created) {
    const mapping: MappingFile = { note: NOTE, defaultReformAreas: [], categories: {}, tags: {} }
    for (const term of terms) mapping[sectionOf(term)][term.slug] = { name: term.name, ...suggest(term, targets) }
    await writeFile(file, `${JSON.stringify(mapping, null, 2)}\n`)
  }
  let mapping: MappingFile
  try {
    mapping = JSON.parse(await readFile(file, 'utf8')) as MappingFile
  } catch (error) {
    throw new Error(`the mapping file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  const areaIds = new Map(targets.areas.map((area) => [area.slug, area.id]))
  const unitIds = new Map(targets.units.map((unit) => [unit.slug, unit.id]))
  const wrong: string[] = []
  const ids = (slugs: string[] | undefined, known: Map<string, number>, where: string) =>
    (slugs ?? []).map((slug) => known.get(slug) ?? (wrong.push(`${where}: no ${known === areaIds ? 'reform area' : 'unit'} “${slug}”`), 0))
  const defaultAreas = ids(mapping.defaultReformAreas, areaIds, 'defaultReformAreas')
  const resolved = new Map<string, { reformAreas: number[]; units: number[] }>()
  for (const section of ['categories', 'tags'] as const) {
    for (const [slug, entry] of Object.entries(mapping[section] ?? {})) {
      resolved.set(`${section}:${slug}`, { reformAreas: ids(entry.reformAreas, areaIds, `${section}.${slug}`), units: ids(entry.units, unitIds, `${section}.${slug}`) })
    }
  }
  if (wrong.length > 0) throw new Error(`the mapping file ${file} names what the CMS does not have: ${wrong.join('; ')}`)
  return {
    file,
    created,
    map: (itemTerms) => {
      const areas = new Set<number>()
      const units = new Set<number>()
      const unknown: Term[] = []
      for (const term of itemTerms) {
        const target = resolved.get(`${sectionOf(term)}:${term.slug}`)
        if (!target) unknown.push(term)
        target?.reformAreas.forEach((id) => areas.add(id))
        target?.units.forEach((id) => units.add(id))
      }
      const usedDefault = areas.size === 0 && defaultAreas.length > 0
      if (usedDefault) defaultAreas.forEach((id) => areas.add(id))
      return { reformAreas: [...areas], units: [...units], unknown, usedDefault }
    },
  }
}
