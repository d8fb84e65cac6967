import { vietnamMonth } from '@reform/shared'

export type CadenceRow = { month: string; published: number; target: number; shortfall: number }

/** The last `months` months (Vietnam time), newest first, with published issues against the target. */
export function bulletinCadence(issueDates: string[], target: number, now: Date, months = 6): CadenceRow[] {
  const counts = new Map<string, number>()
  for (const date of issueDates) counts.set(vietnamMonth(date), (counts.get(vietnamMonth(date)) ?? 0) + 1)
  const [year, month] = vietnamMonth(now).split('-').map(Number) as [number, number]
  return Array.from({ length: months }, (_, back) => {
    const key = vietnamMonth(new Date(Date.UTC(year, month - 1 - back, 15)))
    const published = counts.get(key) ?? 0
    return { month: key, published, target, shortfall: Math.max(0, target - published) }
  })
}
