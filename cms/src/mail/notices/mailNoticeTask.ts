import type { TaskConfig } from 'payload'
import type { NoticeInput } from './composeNotice'

type SmtpFailure = { code?: string; command?: string; responseCode?: number }

/**
 * The `mailNotice` job: one message to one person (a subscription's confirmation link, the link to
 * change it, a citizen's answered feedback). Retried with a growing pause while the server is down.
 */
export const mailNoticeTask: TaskConfig<'mailNotice'> = {
  slug: 'mailNotice',
  label: 'Gửi thư báo',
  inputSchema: [
    { name: 'notice', type: 'select', options: ['confirm-subscription', 'manage-subscription', 'feedback-settled', 'site-build-withheld'], required: true },
    { name: 'subscriber', type: 'number' },
    { name: 'feedback', type: 'number' },
    { name: 'siteBuild', type: 'number' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    // The message makers (MJML) load when mail is made, not with the config every CMS start reads.
    const { composeNotice } = await import('./composeNotice')
    const message = await composeNotice(req.payload, input as NoticeInput)
    // Nobody to write to any more (cancelled, erased, or no address left): nothing to send.
    if (!message) return { output: {} }
    try {
      await req.payload.sendEmail({ ...message, headers: { 'Auto-Submitted': 'auto-generated' } })
    } catch (error) {
      // nodemailer's message quotes the server's reply, often with the address, and Payload logs a
      // failed job's message and keeps it in payload_jobs: only the step and the codes go on.
      const { code, command, responseCode } = (error ?? {}) as SmtpFailure
      const what = `SMTP ${code ?? 'error'} at ${command ?? 'connection'}${responseCode ? `, reply ${responseCode}` : ''}`
      // The mailbox refused for good: trying again for hours would change nothing.
      if (command === 'RCPT TO' && typeof responseCode === 'number' && responseCode >= 500) {
        const notice = input as NoticeInput
        const about =
          notice.notice === 'feedback-settled'
            ? `feedback #${notice.feedback}`
            : notice.notice === 'site-build-withheld'
              ? `site build #${notice.siteBuild}`
              : `subscriber #${notice.subscriber}`
        req.payload.logger.warn(`Mail notice "${notice.notice}" (${about}) not sent, the recipient was refused (${what}); not retried.`)
        return { output: {} }
      }
      throw new Error(`Mail notice not sent: ${what}`, { cause: error })
    }
    return { output: {} }
  },
}
