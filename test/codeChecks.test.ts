import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Runs `npm run <script>` at the repository's root: its exit code and everything it printed, without colours. */
function npmRun(script: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
    execFile('npm', ['run', script], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` })
    })
  })
}

// The code as a whole, as `npm run typecheck` and `npm run lint` check it (and CI through these tests).
describe('the code', () => {
  // tsc for the workspaces, then astro check for the site's .astro and .ts files: about a minute on 2 cores.
  it('has no type error (npm run typecheck)', async () => {
    const { code, output } = await npmRun('typecheck')
    expect(code, output).toBe(0)
  }, 600_000)

  // ESLint (typescript-eslint, eslint-plugin-astro), then Prettier's check: ~15 s.
  it('passes ESLint and is formatted as Prettier writes it (npm run lint; npm run format fixes the format)', async () => {
    const { code, output } = await npmRun('lint')
    expect(code, output).toBe(0)
  }, 300_000)
})
