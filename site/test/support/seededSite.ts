import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serveRest } from '../../../cms/test/support/restServer'
import { startTestCms, type TestCms } from '../../../cms/test/support/testCms'
import { freePort } from '../../../scripts/src/process/ports'
import { seedSampleContent } from '../../../scripts/src/seed/seedSampleContent'
import { buildSite, type BuildResult } from './buildSite'

export type SeededCms = { cms: TestCms; cmsUrl: string; stop: () => Promise<void> }

/** A fresh test CMS with the sample content, its REST API served over HTTP for the site's loader. */
export async function startSeededCms(): Promise<SeededCms> {
  const port = await freePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const cms = await startTestCms({ publicUrl: cmsUrl })
  const server = await serveRest(cms, port)
  await seedSampleContent(cms.payload)
  return {
    cms,
    cmsUrl,
    stop: async () => {
      await server.close()
      await cms.stop()
    },
  }
}

export type TempBuild = { build: BuildResult; outDir: string; remove: () => Promise<void> }

/** Builds the site against `cmsUrl` into fresh temporary folders (output and content cache). */
export async function buildInTempDirs(cmsUrl: string, siteUrl: string, name: string): Promise<TempBuild> {
  const outDir = await mkdtemp(path.join(tmpdir(), `reform-site-${name}-`))
  const cacheDir = await mkdtemp(path.join(tmpdir(), `reform-site-${name}-cache-`))
  return {
    build: await buildSite({ cmsUrl, siteUrl, outDir, cacheDir }),
    outDir,
    remove: async () => {
      await Promise.all([outDir, cacheDir].map((dir) => rm(dir, { recursive: true, force: true })))
    },
  }
}
