import type { Payload } from 'payload'

/** The project's Payload through its Local API, for scripts. Reads its settings from process.env. */
export async function loadPayload(): Promise<Payload> {
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../../../cms/src/payload.config'),
    import('payload'),
  ])
  return getPayload({ config })
}

/**
 * Stops Payload's crons and database layer. Payload keeps one pooled connection checked out for
 * its whole life, so the pool can never drain: callers exit the process instead, and the error
 * that connection raises when the server goes away is expected, not a crash.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on('error', () => {})
}
