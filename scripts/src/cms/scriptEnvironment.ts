import { payloadSecret } from '@reform/shared/environment'
import type { StartConfig } from '../config'

/**
 * The environment a one-off script gives the CMS config before loading Payload: the database it
 * opened, the secret, local defaults for the rest. Scheduled jobs stay the running CMS's business.
 */
export function setScriptEnvironment(config: StartConfig, databaseUrl: string): void {
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = payloadSecret(config.dataDir)
  process.env.CMS_PUBLIC_URL ??= config.cmsPublicUrl
  process.env.SITE_URL ??= config.siteUrl
  process.env.MEDIA_DIR ??= config.mediaDir
  process.env.JOBS_AUTORUN = 'false'
}
