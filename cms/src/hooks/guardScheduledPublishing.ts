import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'
import { canPublish } from '../access/roles'
import { appendHooks } from '../plugins/appendHooks'

/**
 * The admin cancels scheduled publishing by deleting the job through the Local API with access
 * checks off, so the rule lives on the jobs collection: only publishers delete a schedulePublish
 * job. (Scheduling needs no hook: the option sits in the publish button, which editors do not
 * get, and a job publishes as its scheduler, whom the publish rules refuse if they may not.)
 */
const onlyPublishersCancel: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || canPublish(req.user)) return
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, req })
  if (job.taskSlug === 'schedulePublish') {
    throw new APIError('Chỉ Tổng biên tập được hẹn giờ hoặc hủy hẹn giờ xuất bản.', 403, null, true)
  }
}

export function guardScheduledPublishing({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return appendHooks(defaultJobsCollection, { beforeDelete: [onlyPublishersCancel] })
}
