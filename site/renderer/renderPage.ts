import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { filesReferredToIn, mayReferToFiles } from '../integrations/publishReferencedFiles'
import { renderRoute, type StandardPrerenderer } from './astroCapture'
import type { Page } from './pageFile'

/** What a page is rendered with: Astro's prerenderer and the site's public address. */
export type RenderContext = { prerenderer: StandardPrerenderer; site: string; origin: string }

/**
 * Renders a page into `outDir` and notes the CMS files it refers to. With `compare`, a file that
 * comes out the same as the one already there is left alone. Says whether the file was written.
 */
export async function renderPage({ prerenderer, site, origin }: RenderContext, outDir: string, file: string, page: Page, { compare }: { compare: boolean }): Promise<boolean> {
  const response = await renderRoute(prerenderer, new URL(page.url, site), page.route)
  if (response.status >= 300 && response.status < 400) throw new Error(`${page.pathname} answered a redirect, which the live renderer does not write.`)
  const body = Buffer.from(await response.arrayBuffer())
  page.files = mayReferToFiles(file) && body.includes('/media/') ? filesReferredToIn(body.toString(), origin) : []
  const target = path.join(outDir, file)
  await mkdir(path.dirname(target), { recursive: true })
  if (!compare) return writeFile(target, body).then(() => true)
  // A page without a cache key is rendered every time and mostly comes out the same.
  if ((await readFile(target).catch(() => undefined))?.equals(body)) return false
  // A new file replaces the hard link: the release it was linked from keeps its own copy.
  const partial = `${target}.partial`
  await writeFile(partial, body)
  await rename(partial, target)
  return true
}
