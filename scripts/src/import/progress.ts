import cliProgress from 'cli-progress'

export type Progress = { tick: (outcome: string) => void; log: (line: string) => void; stop: () => void }

const PLAIN_EVERY_MS = 5_000

/**
 * Counts and the time left: a bar on a terminal (lines printed above it), a plain line every few
 * seconds otherwise (a log file, CI, `docker compose exec -T`).
 */
export function startProgress(total: number, out: NodeJS.WriteStream = process.stdout): Progress {
  const counts: Record<string, number> = {}
  const started = Date.now()
  let done = 0
  const summary = () =>
    Object.entries(counts)
      .map(([outcome, count]) => `${count} ${outcome}`)
      .join(', ')
  if (out.isTTY) {
    const bars = new cliProgress.MultiBar(
      { format: 'import [{bar}] {value}/{total} | {rate}/s | about {eta_formatted} left | {counts}', hideCursor: true, clearOnComplete: false, stream: out },
      cliProgress.Presets.shades_classic,
    )
    const bar = bars.create(total, 0, { counts: '', rate: '0' })
    return {
      tick: (outcome) => {
        counts[outcome] = (counts[outcome] ?? 0) + 1
        done++
        bar.update(done, { counts: summary(), rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0) })
      },
      log: (line) => bars.log(`${line}\n`),
      stop: () => bars.stop(),
    }
  }
  let lastLine = started
  return {
    tick: (outcome) => {
      counts[outcome] = (counts[outcome] ?? 0) + 1
      done++
      const now = Date.now()
      if (now - lastLine < PLAIN_EVERY_MS && done < total) return
      lastLine = now
      const rate = done / Math.max((now - started) / 1000, 0.001)
      const left = Math.round((total - done) / Math.max(rate, 0.001))
      out.write(
        `import: ${done}/${total} (${Math.floor((100 * done) / total)}%), ${rate.toFixed(0)}/s, about ${left < 90 ? `${left} s` : `${Math.round(left / 60)} min`} left: ${summary()}\n`,
      )
    },
    log: (line) => out.write(`${line}\n`),
    stop: () => {},
  }
}
