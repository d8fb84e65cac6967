import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { repoRoot } from '../config'
import { filesDigest } from '@reform/site/filesDigest'
import { runCommand } from '../process/runCommand'

const cmsDir = path.join(repoRoot, 'cms')
/** Written into Next's output folder after a build succeeds: a half-finished build has none. */
const KEY_FILE = path.join(cmsDir, '.next', 'reform-build-key')
/** Everything the admin's bundle is made from, relative to cms/. */
const SOURCES = ['next.config.mjs', 'tsconfig.json', 'package.json', 'src', '../shared/src', '../shared/package.json', '../tsconfig.base.json', '../package-lock.json']

/** Identifies the CMS build that the code, the shared package, the dependencies and Node make. */
export function cmsBuildKey(): Promise<string> {
  return filesDigest(cmsDir, process.version, SOURCES)
}

/** How long a start waits for another process's build of the admin (npm start, a bench, a test) before giving up. */
const OTHER_BUILD_WAIT_MS = 15 * 60_000
/** What `next build` says when another one holds cms/.next's lock. */
const ANOTHER_BUILD = /Another next build process is already running/

/**
 * Makes sure cms/.next holds a production build of the admin for the code as it is now: reused
 * while its key is unchanged, built again (`next build`, about 1½ minutes and 2.2 GB here) when not.
 * While another process builds it, waits for that build and uses it.
 */
export async function ensureCmsProductionBuild(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const key = await cmsBuildKey()
  const giveUpAt = Date.now() + OTHER_BUILD_WAIT_MS
  for (;;) {
    if (existsSync(KEY_FILE) && (await readFile(KEY_FILE, 'utf8')) === key) {
      log('CMS: the production build in cms/.next matches the code; reusing it.')
      return
    }
    let otherBuild = false
    try {
      await buildCms(env, key, (line) => {
        otherBuild ||= ANOTHER_BUILD.test(line)
        log(line)
      })
      return
    } catch (error) {
      if (!otherBuild || Date.now() > giveUpAt) throw error
      log('CMS: another process is building the admin; waiting for it…')
      await sleep(5_000)
    }
  }
}

async function buildCms(env: NodeJS.ProcessEnv, key: string, log: (line: string) => void): Promise<void> {
  log(
    existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))
      ? 'CMS: its code, the shared code or the dependencies changed since the last production build; building the admin again (about 1–2 minutes)…'
      : 'CMS: building the admin for production on this first start (about 1–2 minutes, up to 2.2 GB of memory)…',
  )
  const startedAt = Date.now()
  await runCommand('cms build', 'next', ['build'], { cwd: cmsDir, env: { ...env, NODE_ENV: 'production' } }, log)
  await writeFile(KEY_FILE, key)
  log(`CMS: production build ready in ${Math.round((Date.now() - startedAt) / 1000)} s.`)
}
