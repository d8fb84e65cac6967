import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** A run's record beside the data folder: what an interrupted run had done, to say so when it is run again. */
export type RunState = { source: string; startedAt: string; total: number; done: number; finishedAt?: string }

const WRITE_EVERY_MS = 2_000

/**
 * The database is what makes a run resumable (each item commits with its source id and digest, so
 * a second run skips what is in); this file only tells the person that a run stopped half-way and
 * how far it had got.
 */
export async function runStateFile(dir: string, source: string, total: number) {
  const file = path.join(dir, `run-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.json`)
  const previous = (await readFile(file, 'utf8').then(JSON.parse, () => undefined)) as RunState | undefined
  const state: RunState = { source, startedAt: new Date().toISOString(), total, done: 0 }
  await mkdir(dir, { recursive: true })
  const save = async () => {
    await writeFile(`${file}.partial`, JSON.stringify(state))
    await rename(`${file}.partial`, file)
  }
  await save()
  let savedAt = Date.now()
  return {
    interrupted: previous && !previous.finishedAt ? previous : undefined,
    itemDone: async () => {
      state.done++
      if (Date.now() - savedAt < WRITE_EVERY_MS) return
      savedAt = Date.now()
      await save()
    },
    finish: async () => {
      state.finishedAt = new Date().toISOString()
      await save()
    },
  }
}
