import type { Condition, Field } from 'payload'
import { canPublish } from '../../access/roles'

/** Editors and contributors may not send, nor read who was mailed: the panels are not even built for them. */
export const publishersOnly: Condition = (_data, _siblingData, { user }) => canPublish(user)

const panel = (name: string, Field: string): Field => ({
  name,
  type: 'ui',
  admin: { condition: publishersOnly, disableListColumn: true, disableBulkEdit: true, components: { Field } },
})

/** Below a bulletin's fields: the "Gửi bản tin" panel, then the report of the sendings. */
export const bulletinMailFields: Field[] = [
  panel('sendByEmail', '/mail/bulletins/SendBulletinField#SendBulletinField'),
  panel('deliveryReport', '/mail/bulletins/DeliveryReport#BulletinDeliveryReport'),
]

/** At the top of a sending's edit view: its report and its deliveries that did not arrive. */
export const sendingReportField: Field = panel('deliveryReport', '/mail/bulletins/DeliveryReport#SendingDeliveryReport')
