import type { UnitType } from '@reform/shared'
import provinces from '../seed/data/provinces-2025.json' with { type: 'json' }
import { REORGANISED_AT } from './calendar'
import type { CorpusSize } from './corpusSize'
import { decapitalise } from './letterCase'
import type { Random } from './random'
import { placeNames, SPECIAL_ZONES } from './vietnameseNames'

/**
 * A unit to create. Relations are indexes into the unit list; `stage` orders the creates so a
 * parent or a merge target always exists first.
 */
export type UnitPlan = {
  name: string
  /** The name inside a sentence: "xã Tân Phú", "tỉnh Bắc Ninh", "Sở Nội vụ tỉnh Bắc Ninh". */
  mention: string
  type: UnitType
  stage: 'province' | 'local' | 'former'
  /** The province-level unit it belongs to (itself for a province). */
  province: number
  code?: string
  parent?: number
  dissolvedAt?: Date
  mergedInto?: number
}

/** Largest-remainder apportionment: `total` split in proportion to `weights`, summing exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((weight) => (total * weight) / sum)
  const counts = exact.map(Math.floor)
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - counts[index]! })).sort((a, b) => b.remainder - a.remainder)
  const left = total - counts.reduce((a, b) => a + b, 0)
  for (const { index } of byRemainder.slice(0, left)) counts[index]!++
  return counts
}

/**
 * The units after the 1 July 2025 reorganisation: the 34 province-level units, two departments of
 * each, commune-level units (wards mostly in the cities, the real special zones), then the former
 * provinces and some former communes and wards, dissolved and merged into today's units.
 */
export function planUnits(random: Random, size: CorpusSize): UnitPlan[] {
  const units: UnitPlan[] = provinces.units.map((province, index) => ({
    name: province.name,
    mention: decapitalise(province.name),
    type: province.type === 'city' ? 'city' : 'province',
    stage: 'province',
    province: index,
  }))
  const add = (unit: UnitPlan) => units.push(unit) - 1
  const names = { commune: placeNames(random), ward: placeNames(random) }
  let lastCode = 0
  const nextCode = () => String((lastCode += random.int(1, 4))).padStart(5, '0')

  provinces.units.forEach((_, province) => {
    for (const department of ['Sở Nội vụ', 'Trung tâm Phục vụ hành chính công']) {
      const name = `${department} ${units[province]!.mention}`
      add({ name, mention: name, type: 'department', stage: 'local', province, parent: province })
    }
  })

  const zones = SPECIAL_ZONES.slice(0, size.specialZones)
  for (const zone of zones) {
    const province = units.findIndex((unit) => unit.name === zone.province)
    add({ name: `Đặc khu ${zone.name}`, mention: `đặc khu ${zone.name}`, type: 'special-zone', stage: 'local', province, parent: province, code: nextCode() })
  }
  // More communes where more provinces were merged; wards mostly in the centrally-run cities.
  const weights = provinces.units.map((province) => Math.max(1, province.mergedFrom.length) * (0.75 + 0.5 * random.next()))
  const perProvince = apportion(size.communeLevelUnits - zones.length, weights)
  const wards = apportion(
    size.wards,
    perProvince.map((count, index) => count * (provinces.units[index]!.type === 'city' ? 3 : 1)),
  )
  const local: number[] = []
  perProvince.forEach((count, province) => {
    for (let k = 0; k < count; k++) {
      const type = k < Math.min(wards[province]!, count) ? 'ward' : 'commune'
      const place = names[type].pop()!
      const prefix = type === 'ward' ? 'Phường' : 'Xã'
      local.push(add({ name: `${prefix} ${place}`, mention: `${decapitalise(prefix)} ${place}`, type, stage: 'local', province, parent: province, code: nextCode() }))
    }
  })

  provinces.units.forEach((province, index) => {
    for (const former of province.mergedFrom.filter((name) => name !== province.name)) {
      const type = former.startsWith('Thành phố') ? 'city' : 'province'
      add({ name: former, mention: decapitalise(former), type, stage: 'former', province: index, dissolvedAt: REORGANISED_AT, mergedInto: index })
    }
  })
  for (let k = 0; k < size.formerCommuneLevelUnits && local.length > 0; k++) {
    const targetIndex = random.pick(local)
    const target = units[targetIndex]!
    const type = target.type === 'ward' ? 'ward' : 'commune'
    const place = names[type].pop()!
    const prefix = type === 'ward' ? 'Phường' : 'Xã'
    add({
      name: `${prefix} ${place}`,
      mention: `${decapitalise(prefix)} ${place}`,
      type,
      stage: 'former',
      province: target.province,
      parent: target.province,
      code: nextCode(),
      dissolvedAt: REORGANISED_AT,
      mergedInto: targetIndex,
    })
  }
  return units
}
