import { formatDateVi, toVietnamIso, UNIT_TYPES, type PublicUnit, type UnitType } from '@reform/shared'

/*
 * "History mode" of units: a unit dissolved in a reorganisation (the 1 July 2025 mergers) keeps its
 * page, its feed and its news for reference, says when it ended and which unit it joined, and
 * takes nothing new: no subscriptions, feedback, weekly scripts or sheets. Every page and feed asks
 * here rather than reading `dissolvedAt` itself.
 */

/** A unit as lib/content resolves it (its `Unit`), as far as history mode needs: with the unit it merged into, if any. */
export type UnitWithMerger = PublicUnit & { mergedIntoUnit?: PublicUnit }

/** Whether a unit no longer exists (dissolved, maybe merged into another). */
export const isDissolved = (unit: Pick<PublicUnit, 'dissolvedAt'>): boolean => Boolean(unit.dissolvedAt)

/** The units still in existence, in the order given. */
export const currentUnits = <T extends Pick<PublicUnit, 'dissolvedAt'>>(units: T[]): T[] => units.filter((unit) => !isDissolved(unit))

/** A dissolved unit's end: the date it took effect (dd/MM/yyyy, and yyyy-MM-dd for `<time>`) and the unit it joined, if any. */
export type MergerNotice = { date: string; isoDate: string; into?: PublicUnit }

/** When a unit ended and where it went; undefined for a unit still in existence. */
export function mergerNotice(unit: UnitWithMerger): MergerNotice | undefined {
  if (!unit.dissolvedAt) return undefined
  return { date: formatDateVi(unit.dissolvedAt), isoDate: toVietnamIso(unit.dissolvedAt).slice(0, 10), into: unit.mergedIntoUnit }
}

/** The notice in one sentence of plain text, for feeds: "Đơn vị đã giải thể, sắp xếp từ ngày 01/07/2025 và sáp nhập vào Phường Kinh Bắc". */
export function mergerSentence(notice: MergerNotice): string {
  return `Đơn vị đã giải thể, sắp xếp từ ngày ${notice.date}${notice.into ? ` và sáp nhập vào ${notice.into.name}` : ''}`
}

/** For every receiving unit's id, the units merged into it (dissolved, `mergedInto` pointing at it); `units` come sorted by name, and so do the lists. */
export function mergedUnitsByTarget<U extends UnitWithMerger>(units: U[]): Map<number, U[]> {
  const merged = new Map<number, U[]>()
  for (const unit of units) {
    if (!isDissolved(unit) || !unit.mergedInto || unit.mergedInto === unit.id) continue
    const list = merged.get(unit.mergedInto)
    if (list) list.push(unit)
    else merged.set(unit.mergedInto, [unit])
  }
  return merged
}

/** Units of one kind under a unit, under the kind's name ("Xã", "Phường", "Đặc khu"…). */
export type UnitGroup<U extends UnitWithMerger = UnitWithMerger> = { type: UnitType; label: string; units: UnitNode<U>[] }
/** A unit with the units directly under it (by `parent`), grouped by kind. */
export type UnitNode<U extends UnitWithMerger = UnitWithMerger> = { unit: U; groups: UnitGroup<U>[] }
/** A top-level unit (a province or centrally-run city, a ministry) with everything under it, and the top-level units merged into it. */
export type UnitSection<U extends UnitWithMerger = UnitWithMerger> = UnitNode<U> & { merged: UnitNode<U>[] }

/** The order of kinds under a province: communes, wards and special zones first, then its departments. */
const KIND_ORDER: UnitType[] = ['commune', 'ward', 'special-zone', 'department', 'city', 'province', 'ministry']
const PROVINCE_LEVEL: ReadonlySet<UnitType> = new Set(['city', 'province'])

/**
 * Every unit as a tree: the province-level units (then any other top-level unit, such as a
 * ministry), each with its communes, wards, special zones and departments, the dissolved ones in
 * their place. A dissolved top-level unit merged into another (a former province) sits with the
 * one it joined rather than on its own. `units` come sorted by name, and so does every list.
 */
export function unitTree<U extends UnitWithMerger>(units: U[]): UnitSection<U>[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const children = new Map<number, U[]>()
  const top: U[] = []
  for (const unit of units) {
    // A parent that is not published (or a unit that is its own parent) leaves the unit at the top.
    if (unit.parent && unit.parent !== unit.id && byId.has(unit.parent)) {
      const list = children.get(unit.parent)
      if (list) list.push(unit)
      else children.set(unit.parent, [unit])
    } else top.push(unit)
  }
  const seen = new Set<number>()
  const node = (unit: U): UnitNode<U> => {
    seen.add(unit.id)
    const under = (children.get(unit.id) ?? []).filter((child) => !seen.has(child.id))
    const groups = KIND_ORDER.flatMap((type) => {
      const ofType = under.filter((child) => child.type === type)
      return ofType.length ? [{ type, label: UNIT_TYPES.find((item) => item.value === type)!.label, units: ofType.map(node) }] : []
    })
    return { unit, groups }
  }
  const joinsAnother = (unit: UnitWithMerger) => isDissolved(unit) && unit.mergedInto && unit.mergedInto !== unit.id && top.some((other) => other.id === unit.mergedInto)
  const sections = top
    .filter((unit) => !joinsAnother(unit))
    .map((unit) => ({ ...node(unit), merged: top.filter((other) => joinsAnother(other) && other.mergedInto === unit.id).map(node) }))
  const provinceLevel = (section: UnitSection<U>) => PROVINCE_LEVEL.has(section.unit.type)
  return [...sections.filter(provinceLevel), ...sections.filter((section) => !provinceLevel(section))]
}
