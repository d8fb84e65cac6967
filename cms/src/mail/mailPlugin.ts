import type { CollectionConfig, Config, Plugin } from 'payload'
import { appendHooks } from '../plugins/appendHooks'
import { isMailable } from './alerts/mailableCollections'
import { PublishedItems } from './alerts/PublishedItems'
import { recordFirstPublish } from './alerts/recordFirstPublish'
import { sendAlertTask } from './alerts/sendAlertTask'
import { sendDigestTask } from './digests/sendDigestTask'
import { ListMembers } from './lists/ListMembers'
import { MailingLists } from './lists/MailingLists'
import { mailNoticeTask } from './notices/mailNoticeTask'
import { noticeOnSettledFeedback } from './notices/noticeOnSettledFeedback'
import { MAIL_QUEUE } from './queueMailJob'
import { recoverInterruptedMail } from './recoverInterruptedMail'
import { MailDeliveries } from './sending/MailDeliveries'
import { MailSendings } from './sending/MailSendings'
import { sendMailingTask } from './sending/sendMailingTask'
import { purgeUnconfirmedTask } from './subscribers/purgeUnconfirmedTask'
import { Subscribers } from './subscribers/Subscribers'

type Options = {
  /** This process runs the mail queue (the CMS with JOBS_AUTORUN): it sends, and resumes what a killed one left. */
  runsMail: boolean
}

function withMailHooks(collection: CollectionConfig): CollectionConfig {
  if (isMailable(collection.slug)) return appendHooks(collection, { afterChange: [recordFirstPublish] })
  if (collection.slug === 'feedback') return appendHooks(collection, { afterChange: [noticeOnSettledFeedback] })
  return collection
}

/**
 * E-mail as a channel: mailing lists, public subscriptions, mailings with a state per recipient,
 * alerts on first publish, digests, and the jobs that send them. Before the audit log in the plugin
 * list: who sends what is audited (recipients by number only); deliveries and the record of first
 * publishes are bookkeeping (`custom.audited: false`).
 */
export const mailPlugin =
  ({ runsMail }: Options): Plugin =>
  (config: Config): Config => {
    const autoRun = Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []
    return {
      ...config,
      collections: [...(config.collections ?? []).map(withMailHooks), MailingLists, ListMembers, Subscribers, MailSendings, MailDeliveries, PublishedItems],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), sendMailingTask, sendAlertTask, sendDigestTask, mailNoticeTask, purgeUnconfirmedTask],
        // Every five seconds: a confirmation link or an alert should not wait a minute.
        autoRun: runsMail ? [...autoRun, { cron: '*/5 * * * * *', queue: MAIL_QUEUE, limit: 10 }] : autoRun,
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (runsMail) await recoverInterruptedMail(payload)
      },
    }
  }
