import type { TaskConfig } from 'payload'
import { publishedMailItems } from '../items/mailItem'
import { createMailing } from '../sending/createMailing'
import { itemTopics, topicNames } from './itemTopics'
import { isMailable } from './mailableCollections'
import { matchTopics } from './matchTopics'
import { subscribersToMail } from './subscriberTopics'
import type { AlertMailing } from '../sending/mailingContent'

/**
 * The `sendAlert` job: a newly published item goes at once to the subscribers who asked for it
 * "at once", one message each however many of their choices it answers (those are named in it);
 * a bulletin issue goes as the issue itself.
 */
export const sendAlertTask: TaskConfig<'sendAlert'> = {
  slug: 'sendAlert',
  label: 'Gửi thông báo tin mới',
  inputSchema: [{ name: 'publishedItem', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const published = await payload.findByID({ collection: 'published-items', id: input.publishedItem, depth: 0, overrideAccess: true, disableErrors: true })
    if (!published || !isMailable(published.itemCollection)) return { output: {} }
    const [item] = await publishedMailItems(payload, published.itemCollection, [published.itemId])
    // Unpublished (or deleted) before its alert went: nobody hears of it.
    if (!item) return { output: {} }
    const [names, subscribers] = await Promise.all([topicNames(payload), subscribersToMail(payload, 'immediate')])
    const topics = itemTopics(item.collection, item.doc)
    const recipients = subscribers.flatMap((subscriber) => {
      const matched = matchTopics(subscriber, topics, names)
      return matched.length ? [{ address: subscriber.email, subscriber: subscriber.id, content: { matched } }] : []
    })
    if (recipients.length === 0) return { output: {} }
    if (item.collection === 'bulletins') {
      // Those who want bulletins at once get the issue itself, not a note about it; as a mailing of
      // the issue, it is not sent to them again when the editor-in-chief sends it to subscribers.
      const { bulletinMailing } = await import('../bulletins/bulletinMailing')
      const message = await bulletinMailing(req.payload, item.id)
      await createMailing(
        req,
        { kind: 'bulletin', key: `alert:bulletins:${item.id}`, bulletin: item.id, title: `${item.title} → người đăng ký nhận ngay`.slice(0, 250) },
        recipients,
        message,
      )
      return { output: {} }
    }
    await createMailing(req, { kind: 'alert', key: `alert:${item.collection}:${item.id}`, title: `Tin mới: ${item.title}`.slice(0, 250) }, recipients, {
      item: { collection: item.collection, id: item.id },
    } satisfies AlertMailing)
    return { output: {} }
  },
}
