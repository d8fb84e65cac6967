/** A child that dies this often within the window is given up. */
export const MAX_DEATHS = 5
export const DEATH_WINDOW_MS = 120_000
const FIRST_PAUSE_MS = 1000
const LONGEST_PAUSE_MS = 30_000

/** The pause before restart number `consecutive` (1, 2, 3…): 1 s, 2 s, 4 s … at most 30 s. */
export function restartPause(consecutive: number): number {
  return Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, consecutive - 1))
}

/** One child's recent deaths: how many in the window, and how many in a row without a stable run. */
export class RestartHistory {
  private deaths: number[] = []
  private consecutive = 0

  /** Records a death at `at` of a run that began at `upSince`. */
  died(at: number, upSince: number): { recent: number; consecutive: number; tooMany: boolean } {
    // A run that lasted the whole window was a good one: the pauses start again from 1 s.
    if (at - upSince >= DEATH_WINDOW_MS) this.consecutive = 0
    this.consecutive += 1
    this.deaths = [...this.deaths.filter((time) => at - time < DEATH_WINDOW_MS), at]
    return { recent: this.deaths.length, consecutive: this.consecutive, tooMany: this.deaths.length >= MAX_DEATHS }
  }
}
