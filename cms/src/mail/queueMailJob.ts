import type { PayloadRequest } from 'payload'

/** The queue the CMS process runs mail jobs from (createConfig's autoRun), every few seconds. */
export const MAIL_QUEUE = 'mail'

type MailJob =
  | { task: 'sendAlert'; input: { publishedItem: number } }
  | { task: 'sendMailing'; input: { sending: number } }
  | {
      task: 'mailNotice'
      input:
        | { notice: 'confirm-subscription' | 'manage-subscription'; subscriber: number }
        | { notice: 'feedback-settled'; feedback: number }
        | { notice: 'site-build-withheld'; siteBuild: number }
    }

/** A mail job, in the caller's transaction (committed with the change that wants it), due at once or at `waitUntil`. */
export async function queueMailJob(req: PayloadRequest, job: MailJob, waitUntil?: Date): Promise<void> {
  await req.payload.jobs.queue({ ...job, queue: MAIL_QUEUE, req, ...(waitUntil ? { waitUntil } : {}) } as Parameters<typeof req.payload.jobs.queue>[0])
}
