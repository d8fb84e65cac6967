import nodemailer, { type SMTPPoolSentMessageInfo } from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'
import type { CmsEnv } from '../../env'

/**
 * A pooled SMTP transporter for an smtp:// or smtps:// URL (credentials and nodemailer options such
 * as `?requireTLS=true` may ride in the URL). Bulletins go to thousands: a few connections are kept
 * open and reused instead of one handshake per message, few enough for a relay's per-client limit.
 */
export function createSmtpTransport(smtpUrl: string) {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    // A password reset waits on this in the request: an unreachable relay fails in seconds, not minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  })
}

export type MailTransport = ReturnType<typeof createSmtpTransport>
/** What the relay said (message id, accepted and rejected recipients); nothing when mail is disabled. */
type SendResult = SMTPPoolSentMessageInfo | undefined
type MailSettings = Pick<CmsEnv, 'SMTP_URL' | 'MAIL_FROM_ADDRESS' | 'MAIL_FROM_NAME'>
/** What Payload keeps as `payload.email`, with the transporter the bulk sender shares. */
type SmtpEmail = ReturnType<EmailAdapter<SendResult>> & { transport?: MailTransport }

/**
 * Payload's e-mail adapter (password resets and whatever calls `payload.sendEmail`) over one pooled
 * transporter per Payload instance. Without SMTP_URL mail is disabled: one line at start-up, and each
 * message is dropped with a line naming its subject (never its content: a reset link is a password).
 */
export function smtpAdapter({ SMTP_URL, MAIL_FROM_ADDRESS, MAIL_FROM_NAME }: MailSettings): EmailAdapter<SendResult> {
  const defaultFrom = { name: MAIL_FROM_NAME, address: MAIL_FROM_ADDRESS }
  return ({ payload }): SmtpEmail => {
    const common = { defaultFromAddress: MAIL_FROM_ADDRESS, defaultFromName: MAIL_FROM_NAME }
    if (!SMTP_URL) {
      // `next build` initialises Payload too; Payload keeps its own mail warning out of builds as well.
      if (process.env.NEXT_PHASE !== 'phase-production-build') {
        payload.logger.warn('Mail is disabled: SMTP_URL is not set, so no e-mail is sent (npm start sets it to its local mail catcher).')
      }
      return {
        ...common,
        name: 'disabled',
        sendEmail: async (message) => {
          payload.logger.warn(`Mail is disabled: "${message.subject ?? ''}" was not sent.`)
          return undefined
        },
      }
    }
    const transport = createSmtpTransport(SMTP_URL)
    return {
      ...common,
      name: 'smtp',
      transport,
      sendEmail: (message) => transport.sendMail({ ...message, from: message.from ?? defaultFrom }),
    }
  }
}

/**
 * The transporter behind `payload.email`, for senders that need more than `payload.sendEmail` (the
 * bulletin sender: its own pacing and per-recipient results). Throws when mail is disabled.
 */
export function mailTransport(payload: Payload): MailTransport {
  const transport = (payload.email as SmtpEmail).transport
  if (!transport) throw new Error('Mail is disabled: SMTP_URL is not set.')
  return transport
}
