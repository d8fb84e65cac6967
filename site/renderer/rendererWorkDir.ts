import { createHash } from 'node:crypto'
import path from 'node:path'
import { SITE_DIR } from './siteDir'

/**
 * The working folder of the renderer using `cacheDir`. Astro writes its prerender bundle to
 * <working folder>/.astro/.prerender when the output folder is outside the working folder (a release
 * always is), and the renderer imports from it for as long as it lives: a folder of its own for each
 * cache folder keeps two renderers on one checkout (a bench beside npm start, tests) from
 * overwriting each other's bundle. It sits under site/node_modules so the bundle's imports of
 * packages resolve.
 */
export function rendererWorkDir(cacheDir: string): string {
  return path.join(SITE_DIR, 'node_modules', `.renderer-${createHash('sha256').update(path.resolve(cacheDir)).digest('hex').slice(0, 12)}`)
}
