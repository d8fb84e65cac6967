import { LOCAL_CMS_PORT, localUrl } from '@reform/shared'

/** Where the site reads the CMS's public REST API (as an anonymous reader). */
export function cmsUrl(): string {
  return (process.env.CMS_URL ?? localUrl(LOCAL_CMS_PORT)).replace(/\/$/, '')
}
