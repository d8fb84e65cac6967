import type { Endpoint, PayloadRequest } from 'payload'
import { SUBSCRIPTION_API, SUBSCRIPTION_FIELDS, subscriptionChoicesSchema, submissionErrors } from '@reform/shared'
import { answerFor, refusedPublicRequest } from '../../../publicEndpoints/publicRequest'
import { readSubmissionBody } from '../../../publicEndpoints/readSubmissionBody'
import type { Subscriber } from '../../../payload-types'
import { donePage, linkProblemPage, managePage, memberManagePage, problemsPage, subscriptionMessagePage, type Choice } from '../subscriptionPages'
import { cancelRecipient, linkedRecipient, type LinkedRecipient } from './linkedRecipient'
import { unknownChoices } from './subscriptionChecks'

export const UNKNOWN_LINK = 'Liên kết không đúng hoặc đăng ký này không còn (có thể bạn đã hủy). Bạn có thể đăng ký lại trên trang thông tin.'

export const CANCELLED = 'Bạn sẽ không nhận thêm thư nào. Địa chỉ của bạn đã được xóa khỏi danh sách người đăng ký.'
export const MEMBER_STOPPED = 'Bạn sẽ không nhận thêm thư của danh sách này.'

const ids = (values: Subscriber['reformAreas']) => (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

/** Every reform area, and the units still in existence under their top-level unit, for the choices. */
async function allChoices(req: PayloadRequest): Promise<{ allAreas: Choice[]; allUnits: Choice[] }> {
  const [areas, units] = await Promise.all([
    req.payload.find({ collection: 'reform-areas', pagination: false, depth: 0, sort: 'name', select: { name: true }, req }),
    req.payload.find({ collection: 'units', where: { dissolvedAt: { exists: false } }, pagination: false, depth: 0, sort: 'name', select: { name: true, parent: true }, req }),
  ])
  const byId = new Map(units.docs.map((unit) => [unit.id, unit]))
  const top = (id: number) => {
    let unit = byId.get(id)
    for (let steps = 0; unit?.parent && byId.has(unit.parent as number) && steps < 20; steps++) unit = byId.get(unit.parent as number)
    return unit
  }
  return {
    allAreas: areas.docs.map((area) => ({ id: area.id, name: area.name })),
    allUnits: units.docs.map((unit) => ({ id: unit.id, name: unit.name, group: top(unit.id)?.name })),
  }
}

type Opened = { refused: Response } | { recipient: LinkedRecipient; action: string; siteUrl: string }

async function opened(req: PayloadRequest): Promise<Opened> {
  const answer = answerFor(req, subscriptionMessagePage)
  const refused = await refusedPublicRequest(req, 'subscription-link', answer)
  if (refused) return { refused }
  const token = req.searchParams.get(SUBSCRIPTION_FIELDS.token)
  const recipient = await linkedRecipient(req, token)
  if (!recipient) return { refused: linkProblemPage(UNKNOWN_LINK, answer.siteUrl) }
  const query = `${SUBSCRIPTION_FIELDS.token}=${encodeURIComponent(token!)}${req.searchParams.get('d') ? `&d=${encodeURIComponent(req.searchParams.get('d')!)}` : ''}`
  return { recipient, action: `${SUBSCRIPTION_API.manage}?${query}`, siteUrl: answer.siteUrl }
}

async function page(req: PayloadRequest, recipient: LinkedRecipient, action: string, siteUrl: string, notice?: string): Promise<Response> {
  if (recipient.kind === 'member') {
    const list = typeof recipient.doc.list === 'object' ? recipient.doc.list.name : ''
    return memberManagePage(action, list, recipient.doc.status === 'active', siteUrl)
  }
  const subscriber = recipient.doc
  return managePage(
    {
      action,
      email: subscriber.email,
      bulletins: Boolean(subscriber.bulletins),
      documents: Boolean(subscriber.documents),
      frequency: subscriber.frequency,
      reformAreas: ids(subscriber.reformAreas),
      units: ids(subscriber.units),
      notice,
      ...(await allChoices(req)),
    },
    siteUrl,
  )
}

/** `GET /api/subscribers/manage?t=`: the personal link of every mail: change the choices or cancel, without signing in. */
export const manageSubscriptionPage: Endpoint = {
  path: '/manage',
  method: 'get',
  handler: async (req) => {
    const link = await opened(req)
    if ('refused' in link) return link.refused
    return page(req, link.recipient, link.action, link.siteUrl)
  },
}

/** `POST /api/subscribers/manage?t=`: save the changed choices (`action=save`) or cancel (`action=cancel`). */
export const manageSubscription: Endpoint = {
  path: '/manage',
  method: 'post',
  handler: async (req) => {
    const link = await opened(req)
    if ('refused' in link) return link.refused
    const { recipient, action, siteUrl } = link
    const body = await readSubmissionBody(req as Request)
    if (!body.ok) return subscriptionMessagePage(body.status, body.message, siteUrl)
    if (body.data.action === 'cancel' || recipient.kind === 'member') {
      await cancelRecipient(req, recipient, req.searchParams.get('d'))
      return donePage('Đã hủy đăng ký', recipient.kind === 'subscriber' ? CANCELLED : MEMBER_STOPPED, siteUrl)
    }
    const parsed = subscriptionChoicesSchema.safeParse(body.data)
    const errors = parsed.success ? await unknownChoices(req, parsed.data) : submissionErrors(parsed.error)
    if (!parsed.success || errors.length) return problemsPage(errors, siteUrl, 'manage')
    const updated = await req.payload.update({ collection: 'subscribers', id: recipient.doc.id, data: parsed.data, overrideAccess: true, depth: 0, req })
    return page(req, { kind: 'subscriber', doc: updated }, action, siteUrl, 'Đã lưu thay đổi.')
  },
}
