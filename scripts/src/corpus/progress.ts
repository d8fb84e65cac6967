export type PartTiming = { part: string; created: number; seconds: number }

const REPORT_EVERY_MS = 5_000

const seconds = (since: number) => (performance.now() - since) / 1000

/** Times each part of the corpus and says how far it has got every few seconds. */
export class Progress {
  readonly timings: PartTiming[] = []

  constructor(private readonly log: (line: string) => void) {}

  async part(part: string, total: number, run: (created: () => void) => Promise<void>): Promise<void> {
    const started = performance.now()
    let created = 0
    const timer = setInterval(() => {
      const elapsed = seconds(started)
      this.log(`  ${part}: ${created}/${total} (${Math.floor((100 * created) / total)}%) after ${elapsed.toFixed(0)} s, ${(created / elapsed).toFixed(0)}/s`)
    }, REPORT_EVERY_MS)
    try {
      await run(() => created++)
    } finally {
      clearInterval(timer)
    }
    const elapsed = seconds(started)
    this.timings.push({ part, created, seconds: elapsed })
    this.log(`${part}: ${created} in ${elapsed.toFixed(1)} s (${(created / elapsed).toFixed(0)}/s)`)
  }
}
