import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '../../cms/test/support/testCms'
import { repoRoot } from '../src/config'
import { runImport } from '../src/import/runImport'
import { category, post, wxr } from './support/wxrFixture'

// `npm run import` killed (SIGKILL) half-way, then run again: what the first run committed is
// kept and skipped, the rest is written, nothing twice.

let cms: TestCms
let dir: string
let areaSlug: string

const count = async () => (await cms.payload.count({ collection: 'articles' })).totalDocs

beforeAll(async () => {
  cms = await startTestCms()
  dir = await mkdtemp(path.join(tmpdir(), 'reform-import-resume-'))
  areaSlug = (await cms.payload.create({ collection: 'reform-areas', data: { name: 'Cải cách thủ tục hành chính', order: 1 } })).slug!
})

afterAll(async () => {
  await cms?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

it('an interrupted run resumes: the second run writes only what the first did not, no duplicates', async () => {
  const many = Array.from({ length: 12 }, (_, index) => post(300 + index, { title: `Tin số ${300 + index} về một cửa`, extra: category('cai-cach-tthc', 'x') }))
  const big = path.join(dir, 'big.xml')
  await writeFile(big, wxr(many))
  await writeFile(`${big}.mapping.json`, JSON.stringify({ defaultReformAreas: [], categories: { 'cai-cach-tthc': { name: 'x', reformAreas: [areaSlug], units: [] } }, tags: {} }))
  const dataDir = path.join(dir, 'data')
  // Node itself with tsx's loader, not the tsx wrapper (which would leave its child running when killed).
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/node'), ['--import', 'tsx', 'scripts/src/import.ts', 'wordpress', big, '--apply', '--lanes', '1'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: cms.databaseUrl, DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
      if ((printed.match(/^created/gm) ?? []).length >= 3) {
        child.kill('SIGKILL')
        resolve()
      }
    })
    child.once('exit', () => reject(new Error(`the import ended before it was interrupted:\n${printed}`)))
  })
  const before = await count()
  expect(before).toBeGreaterThanOrEqual(3)
  expect(before).toBeLessThan(12)
  const lines: string[] = []
  const summary = await runImport(cms.payload, {
    kind: 'wordpress',
    input: big,
    apply: true,
    stateDir: path.join(dataDir, 'import'),
    log: (line) => lines.push(line),
    out: { write: (line: string) => lines.push(line), isTTY: false } as never,
  })
  const resumed = { summary, output: lines.join('\n') }
  expect(resumed.output).toMatch(/The run of .* stopped after \d+ of 12 items/)
  expect(resumed.summary, resumed.output).toMatchObject({ create: 12 - before, unchanged: before, failed: 0 })
  expect(await count()).toBe(12)
})
