import type { Payload } from 'payload'

/**
 * When PostgreSQL restarts, every idle pooled connection errors; pg's pool re-emits that on itself,
 * and with no listener it is an uncaught exception (hundreds of lines of client dump in the CMS's
 * log). The pool drops those clients itself; queries after the restart get fresh ones.
 */
export function survivePostgresRestart(payload: Payload): void {
  payload.db.pool.on('error', (error) => payload.logger.warn(`Database connection lost (PostgreSQL restarting?): ${error.message}`))
}
