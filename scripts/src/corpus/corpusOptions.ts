import { parseArgs } from 'node:util'
import { MAX_SCALE } from './corpusSize'

export type CorpusOptions = {
  /** Size against the full corpus: 1 is ten years of a provincial portal, 0.01 a quick one for tests, 4 a portal with four times its content. */
  scale: number
  /** Creates in flight at once, each lane in its own transactions. */
  lanes: number
}

type Env = Record<string, string | undefined>

function numberIn(name: string, raw: string, min: number, max: number, integer: boolean): number {
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || value <= min || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`${name}=${raw} must be ${integer ? 'a whole number' : 'a number'} above ${min} and at most ${max}.`)
  }
  return value
}

/** `--scale 0.1 --lanes 4`, or CORPUS_SCALE and CORPUS_LANES; flags win. */
export function readCorpusOptions(args: string[], env: Env = process.env): CorpusOptions {
  const { values } = parseArgs({ args, options: { scale: { type: 'string' }, lanes: { type: 'string' } }, strict: true })
  const scale = values.scale ?? env.CORPUS_SCALE ?? '1'
  const lanes = values.lanes ?? env.CORPUS_LANES ?? '4'
  return {
    // Above 1 only the content grows (the units are the real set); past 5 some months would need more bulletin issues than working days.
    scale: numberIn('scale', scale, 0, MAX_SCALE, false),
    // Payload's pool has 10 connections and keeps one for itself.
    lanes: numberIn('lanes', lanes, 0, 8, true),
  }
}
