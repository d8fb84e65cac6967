import type { Unit } from './content'
import { currentUnits } from './units'

export type UnitChoiceGroup = { label: string; units: Unit[] }

/**
 * The units a form offers, grouped under their province (top-level unit): those still
 * in existence only, since a merged unit no longer receives feedback or news of its own.
 */
export function unitChoices(units: Unit[]): UnitChoiceGroup[] {
  const current = currentUnits(units)
  const byId = new Map(current.map((unit) => [unit.id, unit]))
  const topOf = (unit: Unit): Unit => {
    const seen = new Set<number>()
    let top = unit
    while (top.parent && byId.has(top.parent) && !seen.has(top.id)) {
      seen.add(top.id)
      top = byId.get(top.parent)!
    }
    return top
  }
  const groups = new Map<number, UnitChoiceGroup>()
  // `units` come sorted by name (lib/content), so each group's list is too.
  for (const top of current.filter((unit) => topOf(unit) === unit)) groups.set(top.id, { label: top.name, units: [] })
  for (const unit of current) groups.get(topOf(unit).id)!.units.push(unit)
  // The province itself first in its group.
  for (const [id, group] of groups) group.units.sort((a, b) => Number(b.id === id) - Number(a.id === id))
  return [...groups.values()]
}
