import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site's folder (astro.config.mjs, src), which the renderer renders and runs in. */
export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
