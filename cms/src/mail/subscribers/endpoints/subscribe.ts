import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { SUBSCRIPTION_FIELDS, subscriptionRequestSchema, submissionErrors, type SubscriptionRequest } from '@reform/shared'
import type { Subscriber } from '../../../payload-types'
import { checkFormStart, formStartToken } from '../../../publicEndpoints/formStartToken'
import { answerFor, jsonNoStore, refusedPublicRequest } from '../../../publicEndpoints/publicRequest'
import { readSubmissionBody } from '../../../publicEndpoints/readSubmissionBody'
import { queueMailJob } from '../../queueMailJob'
import { poolOf } from '../../sending/deliveryStore'
import { confirmRequestPage, problemsPage, requestReceivedMessage, requestReceivedPage, subscriptionMessagePage } from '../subscriptionPages'
import { SUBSCRIPTION_FROM_ELSEWHERE, unknownChoices } from './subscriptionChecks'

/** A repeated request for the same address sends its mail again at most this often. */
export const RESEND_AFTER_MS = 10 * 60 * 1000

const byEmail = async (req: PayloadRequest, email: string): Promise<Subscriber | undefined> =>
  (await req.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]

/**
 * Takes the right to mail this subscriber now: only a request that finds their last mail 10 minutes
 * old (or none) gets the row back, so requests at the same moment send one mail between them.
 */
async function takeMailTurn(req: PayloadRequest, id: number): Promise<Subscriber['status'] | undefined> {
  const { rows } = await poolOf(req.payload).query(
    `UPDATE subscribers SET confirmation_sent_at = now(), updated_at = now()
     WHERE id = $1 AND (confirmation_sent_at IS NULL OR confirmation_sent_at < now() - $2 * interval '1 millisecond') RETURNING status`,
    [id, RESEND_AFTER_MS],
  )
  return rows[0]?.status
}

/**
 * A new address waits for its confirmation with these choices; a waiting one takes the new choices.
 * A confirmed subscription is changed only through its own link, so typing someone's address here
 * changes nothing of theirs: they are sent their link instead. Mail goes at most once per 10 minutes.
 */
async function request(req: PayloadRequest, wanted: SubscriptionRequest): Promise<void> {
  const now = new Date().toISOString()
  const choices = { bulletins: wanted.bulletins, documents: wanted.documents, reformAreas: wanted.reformAreas, units: wanted.units, frequency: wanted.frequency }
  let subscriber = await byEmail(req, wanted.email)
  if (!subscriber) {
    try {
      // The unique address lets one request create it: that one mails.
      subscriber = await req.payload.create({
        collection: 'subscribers',
        data: { email: wanted.email, status: 'pending', ...choices, requestedAt: now, confirmationSentAt: now },
        overrideAccess: true,
        req,
      })
      await queueMailJob(req, { task: 'mailNotice', input: { notice: 'confirm-subscription', subscriber: subscriber.id } })
      return
    } catch (error) {
      // The same address sent twice at once: the unique address stopped the second, which joins the first.
      if (!(error instanceof ValidationError)) throw error
      subscriber = await byEmail(req, wanted.email)
      if (!subscriber) throw error
    }
  }
  // The turn before the choices: Payload writes the whole row back, so saving them first would put
  // back the time it read, over another request's turn taken meanwhile (and let a third one mail).
  const turn = await takeMailTurn(req, subscriber.id)
  if (subscriber.status === 'pending') {
    await req.payload.update({ collection: 'subscribers', id: subscriber.id, data: { ...choices, requestedAt: now }, overrideAccess: true, req })
  }
  if (turn) await queueMailJob(req, { task: 'mailNotice', input: { notice: turn === 'pending' ? 'confirm-subscription' : 'manage-subscription', subscriber: subscriber.id } })
}

/**
 * `POST /api/subscribers`: a subscription request from the site's form (a plain post or its
 * script's JSON), with the feedback form's defences in the same order: origin and rate limit,
 * body type and size, the hidden bot field, the fields, the areas and units, the signed start time.
 * The answer is the same whoever the address belongs to.
 */
export const subscribe: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const answer = answerFor(req, subscriptionMessagePage)
    const refused = await refusedPublicRequest(req, 'subscribe', answer, SUBSCRIPTION_FROM_ELSEWHERE)
    if (refused) return refused
    const body = await readSubmissionBody(req as Request)
    if (!body.ok) return answer.refuse(body.status, body.message)
    const { data } = body
    if (data[SUBSCRIPTION_FIELDS.honeypot])
      return answer.refuse(400, 'Không đăng ký được: biểu mẫu có một ô ẩn bị điền (thường do phần mềm tự điền). Hãy tải lại trang và gửi lại.')
    const parsed = subscriptionRequestSchema.safeParse(data)
    const errors = parsed.success ? await unknownChoices(req, parsed.data) : submissionErrors(parsed.error)
    if (!parsed.success || errors.length) return answer.json ? jsonNoStore({ errors }, 400) : problemsPage(errors, answer.siteUrl)
    const start = checkFormStart(req.payload.secret, 'subscription-form-start', data[SUBSCRIPTION_FIELDS.startToken])
    if (start.status !== 'ok') {
      if (answer.json) {
        return answer.refuse(
          400,
          start.status === 'too-fast' ? 'Bạn gửi nhanh quá: hãy kiểm tra lại rồi gửi sau vài giây.' : 'Biểu mẫu đã hết hạn hoặc không hợp lệ: hãy tải lại trang rồi gửi lại.',
        )
      }
      const fields = Object.fromEntries(
        Object.values(SUBSCRIPTION_FIELDS)
          .filter((name) => name !== SUBSCRIPTION_FIELDS.startToken && name !== SUBSCRIPTION_FIELDS.honeypot && name !== SUBSCRIPTION_FIELDS.token)
          .flatMap((name) => {
            const value = data[name]
            return typeof value === 'string' || (Array.isArray(value) && value.every((one) => typeof one === 'string')) ? [[name, value as string | string[]]] : []
          }),
      )
      return confirmRequestPage(fields, formStartToken(req.payload.secret, 'subscription-form-start'), answer.siteUrl, start.status === 'too-fast')
    }
    await request(req, parsed.data)
    return answer.json ? jsonNoStore({ status: 'pending', message: requestReceivedMessage(parsed.data.email) }, 202) : requestReceivedPage(parsed.data.email, answer.siteUrl)
  },
}
