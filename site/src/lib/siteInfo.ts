import { siteIdentity } from '@reform/shared'

/** Who publishes the portal (the same settings the CMS's mail uses). */
export const siteInfo = siteIdentity()
