import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const astroBin = path.resolve(siteDir, '../node_modules/astro/bin/astro.mjs')

export type BuildResult = { code: number; output: string }

/** Runs the real `astro build` of site/ against a CMS, into `outDir`, with its own content cache. */
export function buildSite(options: { cmsUrl: string; siteUrl: string; outDir: string; cacheDir: string }): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: siteDir,
      env: {
        ...process.env,
        CMS_URL: options.cmsUrl,
        SITE_URL: options.siteUrl,
        SITE_OUT_DIR: options.outDir,
        SITE_CACHE_DIR: options.cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}
