import { mkdirSync } from 'node:fs'
import { SITE_DIR } from './siteDir'
import { LiveRenderer } from './liveRenderer'
import { rendererWorkDir } from './rendererWorkDir'
import type { RenderReply, RenderRequest } from './siteRenderer'

/**
 * The renderer's own process (started by SiteRenderer): builds the whole site once, then updates
 * releases for as long as it lives. A failed whole build leaves nothing worth keeping: it exits.
 */
const renderer = new LiveRenderer({ siteDir: SITE_DIR, cmsUrl: process.env.CMS_URL! })

// Its own working folder (see rendererWorkDir), removed by SiteRenderer once this process is gone.
if (process.env.SITE_CACHE_DIR) {
  const workDir = rendererWorkDir(process.env.SITE_CACHE_DIR)
  mkdirSync(workDir, { recursive: true })
  process.chdir(workDir)
}

const reply = (message: RenderReply, then: () => void = () => {}) => process.send!(message, then)
// The builder gone (killed, crashed): nothing will ask for builds any more.
process.on('disconnect', () => process.exit(0))

process.on('message', async (request: RenderRequest) => {
  // Comes while a print step runs, and is answered by that step ending early.
  if ('yieldPrinting' in request) return renderer.yieldPrinting()
  if ('print' in request) {
    try {
      reply({ ok: true, printed: await renderer.print(request.print.budgetMs) })
    } catch (error) {
      reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    }
    return
  }
  const { outDir, base } = request
  if (renderer.release === undefined) {
    try {
      await renderer.build(outDir, base)
      reply({ ok: true, whole: true, withheld: renderer.withheld })
    } catch (error) {
      reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1))
    }
    return
  }
  if (base !== renderer.release) return reply({ ok: false, stale: true })
  try {
    const stats = await renderer.update(outDir, base)
    reply({ ok: true, whole: false, stats, withheld: renderer.withheld })
  } catch (error) {
    reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
})
process.send!({ ready: true })
