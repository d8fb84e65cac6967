import { createWriteStream } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { siteFilePath } from '@reform/shared'

/** Where downloaded CMS files are kept between builds, inside Astro's cache folder (`media/…` below it). */
export const fileMirrorDir = (cacheDir: URL): string => fileURLToPath(new URL('cms-files/', cacheDir))

/**
 * Downloads a file the CMS serves into `mirrorDir`, under the path the site will publish it at
 * (`media/{collection}/{filename}`), so the built site never depends on the CMS being up. Streamed:
 * a video may be hundreds of megabytes. The file is read from `cms` (where this build reaches the
 * CMS), not from the public origin in its URL, which a builder behind the CMS may not reach.
 * Returns the (decoded) path the site publishes it at.
 */
export async function mirrorFile(url: string, mirrorDir: string, cms: string): Promise<string> {
  const sitePath = siteFilePath(url)
  if (!sitePath) throw new Error(`Not a CMS file URL: ${url}`)
  const target = path.resolve(mirrorDir, `.${decodeURIComponent(sitePath)}`)
  if (!target.startsWith(path.resolve(mirrorDir) + path.sep)) throw new Error(`Refusing a file path outside the mirror: ${url}`)
  const { pathname, search } = new URL(url)
  const response = await fetch(`${cms}${pathname}${search}`)
  if (!response.ok || !response.body) throw new Error(`The CMS answered ${response.status} for the file ${url}`)
  await mkdir(path.dirname(target), { recursive: true })
  const partial = `${target}.partial`
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(partial))
  await rename(partial, target)
  return decodeURIComponent(sitePath)
}
