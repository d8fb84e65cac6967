/** What became of a message the SMTP server did not take, and what to do about it. */
export type SmtpOutcome =
  /** The server or the network is down: retry later, and pause the whole sending meanwhile. */
  | { kind: 'unreachable'; reason: string }
  /** The server said "not now" (4xx) for this message: retry it later. */
  | { kind: 'temporary'; reason: string }
  /** The mailbox was refused (5xx to the recipient): a hard bounce. */
  | { kind: 'bounced'; reason: string }
  /** The message was refused for good (5xx otherwise). */
  | { kind: 'failed'; reason: string }

type SmtpError = { responseCode?: number; response?: string; command?: string; code?: string; message?: string }

/** nodemailer's error for one message, read as the server meant it. */
export function smtpOutcome(error: unknown): SmtpOutcome {
  const { responseCode, response, command, code, message } = (error ?? {}) as SmtpError
  const reason = (response ?? message ?? String(error)).slice(0, 500)
  if (typeof responseCode !== 'number') return { kind: 'unreachable', reason: code ? `${code}: ${reason}` : reason }
  if (responseCode >= 500) return command === 'RCPT TO' || code === 'EENVELOPE' ? { kind: 'bounced', reason } : { kind: 'failed', reason }
  // 421 is the server closing the connection: the same as down for a while.
  return responseCode === 421 ? { kind: 'unreachable', reason } : { kind: 'temporary', reason }
}

/** How many times a message is tried before it counts as failed (about three hours in all). */
export const MAX_ATTEMPTS = 8

/** The pause before attempt `attempts + 1`: 1, 2, 4 … minutes, at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000)
