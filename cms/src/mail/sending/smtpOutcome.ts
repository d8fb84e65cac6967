/** What became of a message the SMTP server did not take, and what to do about it. */
export type SmtpOutcome =
  /** The relay cannot be reached or will not take mail from us (down, login, TLS, sender refused): pause the whole mailing. */
  | { kind: 'unreachable'; reason: string }
  /** The server said "not now" (4xx) for this message: retry it later. */
  | { kind: 'temporary'; reason: string }
  /** The mailbox was refused (5xx to RCPT TO): a hard bounce. */
  | { kind: 'bounced'; reason: string }
  /** This message was refused for good (5xx to its data). */
  | { kind: 'failed'; reason: string }

type SmtpError = { responseCode?: number; response?: string; command?: string; code?: string; message?: string }

/** Servers quote the address in their answers; reports and logs keep the answer without it. */
export const withoutAddresses = (text: string) => text.replace(/<?[^\s<>"'@]+@[^\s<>"']+>?/g, '‹địa chỉ›')

// The session's own steps: a refusal there is the relay refusing us, not one recipient.
const SESSION_COMMANDS = /^(CONN|EHLO|HELO|STARTTLS|AUTH|MAIL FROM)/

/** nodemailer's error for one message, read as the server meant it. */
export function smtpOutcome(error: unknown): SmtpOutcome {
  const { responseCode, response, command = '', code, message } = (error ?? {}) as SmtpError
  const reason = withoutAddresses(`${command ? `${command}: ` : ''}${response ?? message ?? String(error)}`).slice(0, 500)
  if (typeof responseCode !== 'number' || SESSION_COMMANDS.test(command) || code === 'EAUTH' || code === 'ETLS' || responseCode === 421) {
    return { kind: 'unreachable', reason: code && !reason.includes(code) ? `${code}: ${reason}` : reason }
  }
  if (responseCode < 500) return { kind: 'temporary', reason }
  return command === 'RCPT TO' ? { kind: 'bounced', reason } : { kind: 'failed', reason }
}

/** How many times a message is tried against a server that answers before it counts as failed (about two hours in all). */
export const MAX_ATTEMPTS = 8

/** The pause before attempt `attempts + 1`: 1, 2, 4 … minutes, at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000)
