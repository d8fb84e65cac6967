import { afterEach, describe, expect, it, vi } from 'vitest'
import { rebuildOnChange, RETRY_FAILED_MS } from '../src/site/rebuildOnChange'

afterEach(() => {
  vi.useRealTimers()
})

/** Runs the watcher on fake time over a scripted series of signatures, one per check. */
async function watch(signatures: string[], build: () => Promise<void>, builtFrom: string | null = 'a', stepMs = 10_000) {
  vi.useFakeTimers()
  let checks = 0
  const done = rebuildOnChange({
    readSignature: async () => signatures[Math.min(checks++, signatures.length - 1)]!,
    builtFrom: builtFrom ?? undefined,
    intervalMs: stepMs,
    build,
    log: () => {},
    stopped: () => checks >= signatures.length,
  })
  for (let step = 0; step < signatures.length; step++) await vi.advanceTimersByTimeAsync(stepMs)
  await done
}

describe('npm start rebuilding the site', () => {
  it('builds once per change and not while nothing changes', async () => {
    const build = vi.fn(async () => {})
    await watch(['a', 'a', 'b', 'b', 'c'], build)
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('builds when the first build had failed, as soon as anything is checked', async () => {
    const build = vi.fn(async () => {})
    // null: no build has succeeded yet.
    await watch(['a', 'a'], build, null)
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('retries a failed build after a while, not at every check', async () => {
    let calls = 0
    const build = vi.fn(async () => {
      calls++
      if (calls === 1) throw new Error('CMS restarting')
    })
    const checks = RETRY_FAILED_MS / 10_000 + 2
    await watch(Array.from({ length: checks }, () => 'b'), build)
    expect(build).toHaveBeenCalledTimes(2)
  })
})
