import type { Endpoint } from 'payload'
import { FEEDBACK_FIELDS, FEEDBACK_STATUSES, normalizeTrackingCode, optionLabel, type FeedbackStatusReport } from '@reform/shared'
import { statusPage, statusReportHtml } from '../pages/statusPage'
import { messagePage } from '../pages/feedbackPages'
import { answerFor, jsonNoStore, refusedPublicRequest } from '../../publicEndpoints/publicRequest'
import { FEEDBACK_FROM_ELSEWHERE } from './feedbackChecks'

/**
 * `GET /api/feedback/status?ma=<code>`: where a submission stands, and its answer once there is
 * one, for whoever holds its tracking code (never who sent it).
 */
export const feedbackStatus: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const answer = answerFor(req, messagePage)
    const refused = await refusedPublicRequest(req, 'feedback-status', answer, FEEDBACK_FROM_ELSEWHERE)
    if (refused) return refused
    const typed = String(req.searchParams.get(FEEDBACK_FIELDS.trackingCode) ?? '')
    const code = normalizeTrackingCode(typed)
    if (!code) return answer.refuse(400, typed ? `“${typed.slice(0, 40)}” không phải mã tra cứu: mã gồm 10 chữ và số, ví dụ K7M2Q-XP4RT.` : 'Hãy nhập mã tra cứu.')
    const { docs } = await req.payload.find({ collection: 'feedback', where: { trackingCode: { equals: code } }, depth: 1, limit: 1, overrideAccess: true })
    const item = docs[0]
    if (!item) return answer.refuse(404, `Không tìm thấy góp ý có mã ${code}. Hãy kiểm tra lại mã.`)
    const settled = item.status === 'answered' || item.status === 'declined'
    const report: Omit<FeedbackStatusReport, 'html'> = {
      trackingCode: code,
      status: item.status,
      statusLabel: optionLabel(FEEDBACK_STATUSES, item.status),
      subject: item.publicTitle,
      receivedAt: item.createdAt,
      dueDate: item.dueDate ?? null,
      answeredAt: settled ? (item.answeredAt ?? null) : null,
      answerHtml: settled && item.answerHtml ? item.answerHtml : null,
      answeringUnit: settled && typeof item.answeringUnit === 'object' && item.answeringUnit ? item.answeringUnit.name : null,
    }
    return answer.json ? jsonNoStore({ ...report, html: statusReportHtml(report) } satisfies FeedbackStatusReport) : statusPage(report, answer.siteUrl)
  },
}
