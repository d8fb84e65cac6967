import { CORPUS_MONTHS } from './calendar'
import type { CorpusSize } from './corpusSize'
import type { Random } from './random'
import type { UnitPlan } from './unitPlan'

export type ProcedureStatPlan = { unit: number; month: string; received: number; onTime: number; late: number; pending: number; onlineShare: number }

/** Provinces report the last four years; communes as they are since 1 July 2025 the last twelve months. */
const PROVINCE_FROM = CORPUS_MONTHS.length - 48
const COMMUNE_FROM = CORPUS_MONTHS.length - 12
/** Fewer files around Tết (January–February), more before the year closes. */
const SEASON = [0.9, 0.7, 1, 1, 1, 1, 1, 1, 1, 1.05, 1.1, 1.2]

/**
 * Monthly procedure figures of a sample of provinces (four years) and of communes and wards (the
 * year since the reorganisation): more files and a larger online share as time goes on, fewer late.
 */
export function planProcedureStats(random: Random, size: CorpusSize, units: UnitPlan[]): ProcedureStatPlan[] {
  const indexes = (keep: (unit: UnitPlan) => boolean) => units.flatMap((unit, index) => (keep(unit) ? [index] : []))
  const series = [
    ...random
      .sample(
        indexes((unit) => unit.stage === 'province'),
        size.provincesWithMonthlyFigures,
      )
      .map((unit) => ({ unit, from: PROVINCE_FROM, base: random.int(6000, 25000) })),
    ...random
      .sample(
        indexes((unit) => unit.stage === 'local' && (unit.type === 'ward' || unit.type === 'commune')),
        size.communesWithMonthlyFigures,
      )
      .map((unit) => ({ unit, from: COMMUNE_FROM, base: random.int(150, 1500) })),
  ]
  return series.flatMap(({ unit, from, base }) =>
    CORPUS_MONTHS.slice(from).map(({ year, month }, step) => {
      // How far into the ten years: online filing grows and delays shrink over the decade.
      const progress = (from + step) / (CORPUS_MONTHS.length - 1)
      const received = Math.round(base * SEASON[month - 1]! * (0.8 + 0.4 * progress) * random.decimal(0.9, 1.1, 3))
      const late = Math.round(received * random.decimal(0.005, 0.04 - 0.025 * progress, 4))
      const pending = Math.round(received * random.decimal(0.02, 0.08, 3))
      const onlineShare = Math.min(100, random.decimal(10 + 70 * progress, 20 + 75 * progress, 1))
      return { unit, month: `${year}-${String(month).padStart(2, '0')}`, received, onTime: received - late - pending, late, pending, onlineShare }
    }),
  )
}
