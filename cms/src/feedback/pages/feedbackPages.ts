import escapeHtml from 'escape-html'
import { publicPage } from '../../publicEndpoints/publicPage'
import { FEEDBACK_API, FEEDBACK_FIELDS, FEEDBACK_LIMITS, publicPaths, type FeedbackFieldError } from '@reform/shared'

// The pages a citizen sees after posting the form without JavaScript.

export const feedbackPage = (status: number, title: string, body: string, siteUrl: string, headers: Record<string, string> = {}): Response =>
  publicPage({
    status,
    title,
    body,
    siteUrl,
    headers,
    section: 'Góp ý, phản ánh',
    links: [
      [publicPaths.feedback(), 'Gửi góp ý khác'],
      [publicPaths.feedbackStatus(), 'Tra cứu góp ý'],
    ],
  })

export const messagePage = (status: number, message: string, siteUrl: string, headers?: Record<string, string>) =>
  feedbackPage(status, status === 429 ? 'Xin thử lại sau' : 'Chưa gửi được góp ý', `<p>${escapeHtml(message)}</p>`, siteUrl, headers)

export function receivedPage(trackingCode: string, siteUrl: string, status = 201): Response {
  // This page is the no-script path, so the link is to the CMS's status page, not the site's.
  const statusUrl = `${FEEDBACK_API.status}?${FEEDBACK_FIELDS.trackingCode}=${encodeURIComponent(trackingCode)}`
  return feedbackPage(
    status,
    'Đã nhận góp ý của bạn',
    `<p>Mã tra cứu của bạn:</p><p class="code">${escapeHtml(trackingCode)}</p>
<p>Hãy ghi lại mã này. Bạn dùng nó để <a href="${escapeHtml(statusUrl)}">xem tình trạng xử lý và câu trả lời</a>.</p>`,
    siteUrl,
  )
}

/** The problems in a posted form, with what was typed shown back so that nothing is lost. */
export function problemsPage(errors: FeedbackFieldError[], data: Record<string, unknown>, siteUrl: string): Response {
  const typed = (['subject', 'message'] as const)
    .filter((field) => typeof data[field] === 'string' && data[field])
    .map((field) => {
      const value = String(data[field]).slice(0, FEEDBACK_LIMITS.message)
      return `<p><label>${field === 'subject' ? 'Tiêu đề bạn đã nhập' : 'Nội dung bạn đã nhập'}<br><textarea readonly rows="${field === 'subject' ? 2 : 8}">${escapeHtml(value)}</textarea></label></p>`
    })
    .join('')
  return feedbackPage(
    400,
    'Góp ý chưa gửi được: cần sửa lại',
    `<div class="errors" role="alert"><ul>${errors.map((error) => `<li>${escapeHtml(error.message)}</li>`).join('')}</ul></div>
<p>Hãy quay lại trang trước (nút “Quay lại” của trình duyệt giữ nguyên những gì bạn đã nhập), sửa và gửi lại.</p>${typed}`,
    siteUrl,
  )
}

const FIELD_LABELS: Record<string, string> = { name: 'Họ và tên', email: 'Thư điện tử', phone: 'Điện thoại', subject: 'Tiêu đề', message: 'Nội dung' }

/**
 * A form posted without a valid start time (no JavaScript, or left open for a day): the citizen
 * reads it over and sends it again, with the start time signed now.
 */
export function confirmPage(data: Record<string, string>, startToken: string, siteUrl: string, tooFast: boolean): Response {
  const hidden = Object.entries(data)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')
  const shown = Object.entries(FIELD_LABELS)
    .filter(([name]) => data[name])
    .map(([name, text]) => `<dt>${text}</dt><dd>${escapeHtml(data[name]!)}</dd>`)
    .join('')
  return feedbackPage(
    200,
    'Xác nhận gửi góp ý',
    `${tooFast ? '<p role="alert">Vui lòng đọc lại nội dung rồi bấm gửi.</p>' : '<p>Vui lòng kiểm tra lại nội dung trước khi gửi.</p>'}
<dl>${shown}</dl><form method="post" action="${FEEDBACK_API.submit}">${hidden}<input type="hidden" name="${FEEDBACK_FIELDS.startToken}" value="${escapeHtml(startToken)}"><button type="submit">Gửi góp ý</button></form>`,
    siteUrl,
  )
}
