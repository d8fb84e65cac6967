import type { TaskConfig } from 'payload'
import type { NoticeInput } from './composeNotice'

/**
 * The `mailNotice` job: one message to one person (a subscription's confirmation link, the link to
 * change it, a citizen's answered feedback). Retried with a growing pause while the server is down.
 */
export const mailNoticeTask: TaskConfig<'mailNotice'> = {
  slug: 'mailNotice',
  label: 'Gửi thư báo',
  inputSchema: [
    { name: 'notice', type: 'select', options: ['confirm-subscription', 'manage-subscription', 'feedback-settled'], required: true },
    { name: 'subscriber', type: 'number' },
    { name: 'feedback', type: 'number' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    // The message makers (MJML) load when mail is made, not with the config every CMS start reads.
    const { composeNotice } = await import('./composeNotice')
    const message = await composeNotice(req.payload, input as NoticeInput)
    // Nobody to write to any more (cancelled, erased, or no address left): nothing to send.
    if (message) await req.payload.sendEmail({ ...message, headers: { 'Auto-Submitted': 'auto-generated' } })
    return { output: {} }
  },
}
