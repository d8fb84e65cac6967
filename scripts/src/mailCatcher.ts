import { readStartConfig } from './config'
import { startMailCatcher } from './mail/mailCatcher'

/**
 * The local mail catcher as a process of its own, so `npm start` can watch it and bring it back like
 * its other children (a crash in MailDev then takes only the inbox down, for a second).
 */
const config = readStartConfig()
const catcher = await startMailCatcher({ smtpPort: config.mailCatcherSmtpPort, webPort: config.mailCatcherWebPort, mailDir: config.mailCatcherDir })
console.log(`mail catcher: SMTP ${catcher.smtpUrl}, inbox ${catcher.inboxUrl}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    catcher.stop().finally(() => process.exit(0))
  })
}
