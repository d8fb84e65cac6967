import type { CollectionBeforeDeleteHook } from 'payload'
import { poolOf } from './deliveryStore'

const WHO = {
  subscriber: 'subscriber_id = $1',
  member: 'member_id = $1',
  // A list deleted takes its members with it (the foreign key cascades).
  list: 'member_id IN (SELECT id FROM list_members WHERE list_id = $1)',
} as const

/**
 * A recipient erased (by their own link or by an administrator) leaves no address behind: the
 * mailings' reports keep each delivery's state, without whom it went to.
 */
export const forgetDeliveryAddresses =
  (recipient: keyof typeof WHO): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await poolOf(req.payload).query(`UPDATE mail_deliveries SET address = NULL, last_error = NULL WHERE ${WHO[recipient]}`, [id])
  }
