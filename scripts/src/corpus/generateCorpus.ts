import type { Payload } from 'payload'
import { corpusCounts, describeCounts } from './corpusCounts'
import type { CorpusOptions } from './corpusOptions'
import { planCorpus } from './corpusPlan'
import { createCorpus } from './createCorpus'
import type { PartTiming } from './progress'

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

/** Plans the corpus at `scale`, writes it, and reports the time of each part and what the database holds. */
export async function generateCorpus(
  payload: Payload,
  { scale, lanes }: CorpusOptions,
  log: (line: string) => void,
): Promise<{ timings: PartTiming[]; counts: Record<string, number> }> {
  const started = performance.now()
  const plan = planCorpus(scale)
  log(`corpus: planned scale ${scale} in ${seconds(started)} s; writing through the Local API in ${lanes} lanes…`)
  const timings = await createCorpus(payload, plan, { lanes, log })
  const counts = await corpusCounts(payload)
  log(`corpus: done in ${seconds(started)} s.`)
  log(`  ${'part'.padEnd(16)}${'created'.padStart(8)}${'seconds'.padStart(9)}${'per s'.padStart(7)}`)
  for (const { part, created, seconds: taken } of timings) {
    log(`  ${part.padEnd(16)}${String(created).padStart(8)}${taken.toFixed(1).padStart(9)}${(created / taken).toFixed(0).padStart(7)}`)
  }
  log(`The database holds ${describeCounts(counts)}.`)
  return { timings, counts }
}
