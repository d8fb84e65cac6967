import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Runs `npm run <script>` at the repository's root: its exit code and everything it printed, without colours. */
function npmRun(script: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
    execFile('npm', ['run', script], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` })
    })
  })
}

describe('types', () => {
  // tsc for the workspaces, then astro check for the site's .astro and .ts files: about a minute on 2 cores.
  it('npm run typecheck reports no error', async () => {
    const { code, output } = await npmRun('typecheck')
    expect(code, output).toBe(0)
  }, 600_000)
})
