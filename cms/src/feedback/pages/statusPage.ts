import escapeHtml from 'escape-html'
import { formatDateTimeVi, formatDateVi, type FeedbackStatusReport } from '@reform/shared'
import { feedbackPage } from './feedbackPages'

type Report = Omit<FeedbackStatusReport, 'html'>

const title = (report: Report) => `Góp ý ${report.trackingCode}: ${report.statusLabel}`

/** The dates, the status and the answer, the answer under a heading of `level`. */
function details(report: Report, level: 2 | 3): string {
  const rows: Array<[string, string]> = [
    ['Tiêu đề', escapeHtml(report.subject)],
    ['Tình trạng', escapeHtml(report.statusLabel)],
    ['Ngày tiếp nhận', formatDateTimeVi(report.receivedAt)],
    ...(report.dueDate && !report.answeredAt ? [['Hạn xử lý', formatDateVi(report.dueDate)] as [string, string]] : []),
    ...(report.answeredAt ? [['Ngày trả lời', formatDateTimeVi(report.answeredAt)] as [string, string]] : []),
  ]
  const heading = `${report.status === 'declined' ? 'Lý do không thụ lý' : 'Trả lời'}${report.answeringUnit ? ` của ${escapeHtml(report.answeringUnit)}` : ''}`
  // answerHtml was sanitised when the answer was saved (renderRichTextHtml).
  const answer = report.answerHtml ? `<h${level}>${heading}</h${level}><div class="status-result__answer">${report.answerHtml}</div>` : ''
  return `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>${answer}`
}

/** The report as the site's lookup shows it in place, under its own heading. */
export const statusReportHtml = (report: Report): string => `<h2>${escapeHtml(title(report))}</h2>${details(report, 3)}`

/** The status of one submission as a page, for the lookup form posted without JavaScript. */
export const statusPage = (report: Report, siteUrl: string): Response => feedbackPage(200, title(report), details(report, 2), siteUrl)
