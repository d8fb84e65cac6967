import type { Payload } from 'payload'

/** The project's Payload through its Local API, for scripts. Reads its settings from process.env. */
export async function loadPayload(): Promise<Payload> {
  const [{ default: config }, { getPayload }] = await Promise.all([import('@reform/cms/config'), import('payload')])
  return getPayload({ config })
}
