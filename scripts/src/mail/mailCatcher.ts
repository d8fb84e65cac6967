import { MailDev } from 'maildev'

export type MailCatcher = {
  /** What the CMS gets as SMTP_URL. */
  smtpUrl: string
  /** MailDev's web inbox (its REST API is under /api/: GET /api/email lists the messages). */
  inboxUrl: string
  stop: () => Promise<void>
}

type Options = { smtpPort: number; webPort: number; mailDir: string }

/** The inbox keeps this many messages (newest first); a bulletin to a big test list drops the oldest. */
const KEPT_MESSAGES = 2000

/**
 * MailDev on 127.0.0.1, in this process: `npm start` gives its SMTP address to the CMS so every mail
 * the product sends lands in a local inbox and none leaves the machine. Messages are kept in
 * `mailDir` across restarts. Resolves once both ports listen; a busy port rejects.
 */
export async function startMailCatcher({ smtpPort, webPort, mailDir }: Options): Promise<MailCatcher> {
  const maildev = new MailDev({
    smtp: smtpPort,
    ip: '127.0.0.1',
    web: webPort,
    webIp: '127.0.0.1',
    mailDirectory: mailDir,
    maxEmails: KEPT_MESSAGES,
    // One line per message would bury the other logs during a bulletin send; the inbox lists them.
    silent: true,
  })
  const { smtp, api } = await maildev.start()
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp.getPort()}`,
    inboxUrl: `http://127.0.0.1:${api!.getAddress()!.port}/`,
    stop: () => maildev.stop(),
  }
}
