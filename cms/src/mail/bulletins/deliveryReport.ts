import type { PopulateType, SelectType, Where } from 'payload'
import type { MailDelivery, MailSending, MailingList, User } from '../../payload-types'
import { DELIVERY_STATUSES, SENDING_STATUSES } from '../sending/sendingStatuses'
import { queryString } from './queryString'

// The delivery report of a bulletin's sendings (or of one sending), read the same way by the
// server component (Local API) and by the browser while a sending is in progress (REST).

export type ReportScope = { by: 'bulletin' | 'sending'; id: number }

type ReportQuery = {
  collection: 'mail-sendings' | 'mail-deliveries'
  where: Where
  sort: string
  limit: number
  depth: 0 | 1
  select: SelectType
  populate?: PopulateType
}

export type Finder = <T>(query: ReportQuery) => Promise<{ docs: T[]; totalDocs: number }>

type ReportCounts = Record<(typeof COUNT_KEYS)[number], number>

export type ReportRow = {
  id: number
  when: string
  by: string
  to: string
  status: MailSending['status']
  statusText: string
  counts: ReportCounts
  href: string
  /** The deliveries that did not arrive, in the admin's list view; none when all did. */
  failures?: { count: number; href: string }
}

type FailureRow = { id: number; address: string; status: string; answer: string; attempts: number }

export type DeliveryReport = {
  rows: ReportRow[]
  /** Only in one sending's report: its deliveries that did not arrive (the first ones), and how many there are. */
  failures?: { rows: FailureRow[]; total: number }
}

const SENDINGS_SHOWN = 50
const FAILURES_SHOWN = 100
/** How often the browser asks again while a sending is in progress. */
export const REPORT_POLL_MS = 5000
/** Sent by the panel when it starts a sending: the report asks again at once. */
export const REPORT_REFRESH_EVENT = 'mail-report:refresh'

const FAILED_STATUSES: MailDelivery['status'][] = ['failed', 'bounced', 'uncertain']
const COUNT_KEYS = ['recipients', 'sent', 'failed', 'bounced', 'uncertain', 'unsubscribed'] as const

type SendingDoc = Pick<MailSending, 'id' | 'kind' | 'status' | 'toSubscribers' | 'resend' | 'lastError' | 'finishedAt' | 'createdAt' | keyof ReportCounts> & {
  lists?: Array<number | Pick<MailingList, 'id' | 'name'>> | null
  sentBy?: number | Pick<User, 'id' | 'name' | 'email'> | null
}

// The same form as the shared formatDateTimeVi ("08:05, 21/11/2026"), made here: the shared package
// would bring its HTML sanitiser into the admin's browser bundle.
const time = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const day = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
const dateTimeVi = (value: string): string => `${time.format(new Date(value))}, ${day.format(new Date(value))}`

export const sendingHref = (id: number): string => `/admin/collections/mail-sendings/${id}`

/** The admin's list of a sending's deliveries that did not arrive, in the or/and form its filter builder shows. */
export const failedDeliveriesHref = (sending: number): string =>
  `/admin/collections/mail-deliveries?${queryString({ where: { or: [{ and: [{ sending: { equals: sending } }, { status: { in: FAILED_STATUSES } }] }] } })}`

export const inProgress = (row: Pick<ReportRow, 'status'>): boolean => row.status !== 'done'

const sendingStatusLabel = (status: MailSending['status']) => SENDING_STATUSES.find((option) => option.value === status)?.label.vi ?? status
const deliveryStatusLabel = (status: MailDelivery['status']) => DELIVERY_STATUSES.find((option) => option.value === status)?.label.vi ?? status

function audienceOf(doc: SendingDoc): string {
  if (doc.kind === 'alert') return 'Người đăng ký nhận tin mới'
  if (doc.kind === 'digest') return 'Người đăng ký nhận bản tổng hợp'
  const lists = (doc.lists ?? []).map((list) => (typeof list === 'object' ? `danh sách “${list.name}”` : `danh sách #${list}`))
  const parts = [...lists, ...(doc.toSubscribers ? ['người đăng ký nhận bản tin'] : [])]
  const to = parts.join(', ') || '—'
  return doc.resend ? `${to} (chỉ gửi lại cho người chưa nhận được)` : to
}

function senderOf(doc: SendingDoc): string {
  // Alerts and digests are sent by the CMS itself; a deleted account leaves no name.
  if (doc.kind !== 'bulletin') return 'Tự động'
  if (doc.sentBy && typeof doc.sentBy === 'object') return doc.sentBy.name || doc.sentBy.email
  return '—'
}

function statusText(doc: SendingDoc, retryAt: string | null | undefined): string {
  if (doc.status === 'waiting') {
    const when = retryAt ? ` lúc ${dateTimeVi(retryAt)}` : ''
    const why = doc.lastError ? `. Máy chủ thư trả lời: ${doc.lastError}` : ''
    return `Chờ gửi lại${when}${why}`
  }
  if (doc.status === 'done') return doc.finishedAt ? `Đã gửi xong lúc ${dateTimeVi(doc.finishedAt)}` : 'Đã gửi xong'
  return sendingStatusLabel(doc.status)
}

function reportRow(doc: SendingDoc, retryAt?: string | null): ReportRow {
  const counts = Object.fromEntries(COUNT_KEYS.map((key) => [key, doc[key] ?? 0])) as ReportCounts
  const failed = counts.failed + counts.bounced + counts.uncertain
  return {
    id: doc.id,
    when: dateTimeVi(doc.createdAt),
    by: senderOf(doc),
    to: audienceOf(doc),
    status: doc.status,
    statusText: statusText(doc, retryAt),
    counts,
    href: sendingHref(doc.id),
    ...(failed > 0 ? { failures: { count: failed, href: failedDeliveriesHref(doc.id) } } : {}),
  }
}

const SENDING_SELECT = Object.fromEntries(
  ['kind', 'status', 'lists', 'toSubscribers', 'resend', 'sentBy', 'lastError', 'finishedAt', 'createdAt', ...COUNT_KEYS].map((key) => [key, true]),
) as SelectType

/** When a waiting sending tries again: its earliest deferred delivery. */
async function retryAt(find: Finder, sending: number): Promise<string | null | undefined> {
  const { docs } = await find<Pick<MailDelivery, 'nextAttemptAt'>>({
    collection: 'mail-deliveries',
    where: { sending: { equals: sending }, status: { equals: 'queued' } },
    sort: 'nextAttemptAt',
    limit: 1,
    depth: 0,
    select: { nextAttemptAt: true },
  })
  return docs[0]?.nextAttemptAt
}

async function failures(find: Finder, sending: number): Promise<NonNullable<DeliveryReport['failures']>> {
  const { docs, totalDocs } = await find<Pick<MailDelivery, 'id' | 'address' | 'status' | 'lastError' | 'attempts'>>({
    collection: 'mail-deliveries',
    where: { sending: { equals: sending }, status: { in: FAILED_STATUSES } },
    sort: 'id',
    limit: FAILURES_SHOWN,
    depth: 0,
    select: { address: true, status: true, lastError: true, attempts: true },
  })
  return {
    // An address is forgotten when its list member or subscriber is deleted.
    rows: docs.map((doc) => ({
      id: doc.id,
      address: doc.address ?? '(đã xóa)',
      status: deliveryStatusLabel(doc.status),
      answer: doc.lastError ?? '',
      attempts: doc.attempts ?? 0,
    })),
    total: totalDocs,
  }
}

/** The sendings of an issue (newest first) or one sending with its failed deliveries. */
export async function loadDeliveryReport(find: Finder, scope: ReportScope): Promise<DeliveryReport> {
  const { docs } = await find<SendingDoc>({
    collection: 'mail-sendings',
    where: { [scope.by === 'bulletin' ? 'bulletin' : 'id']: { equals: scope.id } },
    sort: '-createdAt',
    limit: SENDINGS_SHOWN,
    depth: 1,
    select: SENDING_SELECT,
    populate: { 'mailing-lists': { name: true }, users: { name: true, email: true } },
  })
  const rows = await Promise.all(docs.map(async (doc) => reportRow(doc, doc.status === 'waiting' ? await retryAt(find, doc.id) : undefined)))
  return scope.by === 'sending' ? { rows, failures: await failures(find, scope.id) } : { rows }
}
