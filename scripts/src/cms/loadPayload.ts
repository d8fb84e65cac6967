import type { Payload } from 'payload'
import type { PublishSite } from '@reform/cms/config'

/**
 * The project's Payload through its Local API, for scripts. Reads its settings from process.env.
 * Only the site builder passes `publishSite` (it runs the site-build jobs).
 */
export async function loadPayload(options: { publishSite?: PublishSite } = {}): Promise<Payload> {
  const [{ createConfig }, { getPayload }] = await Promise.all([import('@reform/cms/config'), import('payload')])
  return getPayload({ config: createConfig(options) })
}
