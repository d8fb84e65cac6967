import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitForHttp } from '../../../scripts/src/process/waitForHttp'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const astroBin = path.resolve(siteDir, '../node_modules/astro/bin/astro.mjs')

/** The draft preview server (`astro dev` of site/) against a CMS, on `port`, until `stop`. */
export async function startPreviewServer(options: { cmsUrl: string; port: number; cacheDir: string }) {
  let output = ''
  const env: NodeJS.ProcessEnv = { ...process.env, CMS_URL: options.cmsUrl, SITE_CACHE_DIR: options.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' }
  // Astro takes a different path under vitest (VITEST, NODE_ENV=test) that leaves dev routes unserved.
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_ENV') delete env[name]
  const child = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(options.port)], { cwd: siteDir, detached: true, env })
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${options.port}`
  try {
    await waitForHttp(`${url}/`, { timeoutMs: 120_000, what: 'The preview server' })
  } catch (error) {
    process.kill(-child.pid!, 'SIGKILL')
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error })
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    },
  }
}
