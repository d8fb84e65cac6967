import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { siteFilePath } from '@reform/shared'

/**
 * Downloads a file the CMS serves into `mirrorDir`, under the path the site will publish it at
 * (`media/{collection}/{filename}`), so the built site never depends on the CMS being up.
 */
export async function mirrorFile(url: string, mirrorDir: string): Promise<void> {
  const sitePath = siteFilePath(url)
  if (!sitePath) throw new Error(`Not a CMS file URL: ${url}`)
  const target = path.join(mirrorDir, decodeURIComponent(sitePath))
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for the file ${url}`)
  await mkdir(path.dirname(target), { recursive: true })
  const partial = `${target}.partial`
  await writeFile(partial, Buffer.from(await response.arrayBuffer()))
  await rename(partial, target)
}
