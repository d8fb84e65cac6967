import type { Payload, TypedUser, UIFieldServerProps } from 'payload'
import React from 'react'
import { canPublish } from '../../access/roles'
import { loadDeliveryReport, type Finder, type ReportScope } from './deliveryReport'
import { LiveDeliveryReport } from './LiveDeliveryReport'

/** The report's reads through the Local API, with the viewer's own access. */
const localFinder =
  (payload: Payload, user: TypedUser): Finder =>
  (query) =>
    payload.find({ ...query, overrideAccess: false, user }) as never

async function report(payload: Payload, user: TypedUser | null | undefined, scope: ReportScope) {
  // Recipients' addresses: the editor-in-chief and administrators only (the field's condition hides it from others too).
  if (!user || !canPublish(user)) return null
  return <LiveDeliveryReport initial={await loadDeliveryReport(localFinder(payload, user), scope)} scope={scope} />
}

/** In a bulletin's edit view: every sending of the issue, newest first. */
export async function BulletinDeliveryReport({ payload, req, id }: UIFieldServerProps) {
  return id === undefined ? null : report(payload, req.user, { by: 'bulletin', id: Number(id) })
}

/** In a sending's edit view: its report and the deliveries that did not arrive. */
export async function SendingDeliveryReport({ payload, req, id }: UIFieldServerProps) {
  return id === undefined ? null : report(payload, req.user, { by: 'sending', id: Number(id) })
}
