import type { Payload } from 'payload'

/**
 * Stops Payload's crons and database layer. Payload keeps one pooled connection checked out for
 * its whole life, so the pool can never drain: callers exit the process instead, and the error
 * that connection raises when the server goes away is expected, not a crash.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on('error', () => {})
}
