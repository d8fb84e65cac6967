import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOCAL_CMS_PORT, LOCAL_SITE_PORT, localUrl } from '@reform/shared'
import { port, type Env } from '@reform/shared/environment'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * What the builder needs, from the environment. The names and defaults are npm start's, which
 * starts the builder on its own data folder; in production they come from docker-compose.yml.
 */
export function readBuilderConfig(env: Env = process.env) {
  const cmsPort = port(env, 'CMS_PORT', LOCAL_CMS_PORT)
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data'))
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    /** Where the site build reads the CMS's REST API. */
    cmsUrl: env.CMS_URL ?? localUrl(cmsPort),
    cmsPublicUrl: (env.CMS_PUBLIC_URL ?? localUrl(cmsPort)).replace(/\/$/, ''),
    siteUrl: env.SITE_URL ?? localUrl(port(env, 'SITE_PORT', LOCAL_SITE_PORT)),
    mediaDir: path.resolve(env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    releasesDir: path.resolve(env.SITE_RELEASES_DIR ?? path.join(dataDir, 'site')),
  }
}
