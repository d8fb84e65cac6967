import escapeHtml from 'escape-html'
import { formatDateTimeVi, formatDateVi, type FeedbackStatusReport } from '@reform/shared'
import { feedbackPage } from './feedbackPages'

/** The status of one submission as a page, for the lookup form posted without JavaScript. */
export function statusPage(report: FeedbackStatusReport, siteUrl: string): Response {
  const answer = report.answerHtml
    ? `<h2>${report.status === 'declined' ? 'Lý do không thụ lý' : 'Trả lời'}${report.answeringUnit ? ` của ${escapeHtml(report.answeringUnit)}` : ''}</h2>${report.answerHtml}`
    : ''
  return feedbackPage(
    200,
    `Góp ý ${report.trackingCode}: ${report.statusLabel}`,
    `<dl><dt>Tiêu đề</dt><dd>${escapeHtml(report.subject)}</dd><dt>Tình trạng</dt><dd>${escapeHtml(report.statusLabel)}</dd>
<dt>Ngày tiếp nhận</dt><dd>${formatDateTimeVi(report.receivedAt)}</dd>${report.dueDate && !report.answeredAt ? `<dt>Hạn xử lý</dt><dd>${formatDateVi(report.dueDate)}</dd>` : ''}${
      report.answeredAt ? `<dt>Ngày trả lời</dt><dd>${formatDateTimeVi(report.answeredAt)}</dd>` : ''
    }</dl>${answer}`,
    siteUrl,
  )
}
