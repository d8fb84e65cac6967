import type { TaskConfig } from 'payload'
import { queueMailJob } from '../queueMailJob'
import { runMailing } from './runMailing'

/**
 * The `sendMailing` job of the mail queue: sends what is due of one mailing; what the server
 * deferred, or everything while it cannot be reached, gets a new job at the time it is due.
 */
export const sendMailingTask: TaskConfig<'sendMailing'> = {
  slug: 'sendMailing',
  label: 'Gửi thư',
  inputSchema: [{ name: 'sending', type: 'number', required: true }],
  // A failure part-way (the database gone) leaves the mailing resumable: try again a little later.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const result = await runMailing(req.payload, input.sending)
    // 'busy': another runner holds the mailing and finishes it.
    if (result.status === 'waiting') await queueMailJob(req, { task: 'sendMailing', input: { sending: input.sending } }, result.until)
    return { output: {} }
  },
}
