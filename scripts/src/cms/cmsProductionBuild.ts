import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
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

/**
 * Makes sure cms/.next holds a production build of the admin for the code as it is now: reused
 * while its key is unchanged, built again (`next build`, about 1½ minutes and 2.2 GB here) when not.
 */
export async function ensureCmsProductionBuild(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const key = await cmsBuildKey()
  if (existsSync(KEY_FILE) && (await readFile(KEY_FILE, 'utf8')) === key) {
    log('CMS: the production build in cms/.next matches the code; reusing it.')
    return
  }
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
