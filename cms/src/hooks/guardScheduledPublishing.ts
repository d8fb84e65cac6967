import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'
import { canPublish } from '../access/roles'

const refuse = () => {
  throw new APIError('Chỉ Tổng biên tập được hẹn giờ hoặc hủy hẹn giờ xuất bản.', 403, null, true)
}

/**
 * The admin cancels scheduled publishing through the Local API with access checks off, so the rule
 * lives on the jobs collection: only publishers delete a schedulePublish job, and a job created
 * through the collection (REST) must be for a publisher. Payload's own queueing writes jobs
 * without hooks; a job an editor manages to queue that way still cannot publish, because the job
 * publishes as its scheduler and the publish rules refuse editors.
 */
const onlyPublishersSchedule: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish') return data
  const scheduler = data.input?.user as { relationTo: 'users'; value: number | string } | undefined
  const user = req.user ?? (scheduler ? await req.payload.findByID({ collection: 'users', id: scheduler.value, depth: 0, req }) : undefined)
  if (user && !canPublish(user)) refuse()
  return data
}

const onlyPublishersCancel: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || canPublish(req.user)) return
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, req })
  if (job.taskSlug === 'schedulePublish') refuse()
}

export function guardScheduledPublishing({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  const hooks = defaultJobsCollection.hooks ?? {}
  return {
    ...defaultJobsCollection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), onlyPublishersSchedule],
      beforeDelete: [...(hooks.beforeDelete ?? []), onlyPublishersCancel],
    },
  }
}
