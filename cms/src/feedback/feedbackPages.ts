import escapeHtml from 'escape-html'
import { absoluteUrl, FEEDBACK_API, FEEDBACK_FIELDS, FEEDBACK_LIMITS, publicPaths, type FeedbackFieldError } from '@reform/shared'

// The pages a citizen sees after posting the form without JavaScript: small, with no script, on
// the site's own origin (the web server passes /api/feedback on), linking back into the site.

const STYLE = `body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.5rem;line-height:1.3}.code{font:700 1.75rem/1.2 ui-monospace,monospace;letter-spacing:.05em;padding:.5rem 1rem;border:2px solid #0b5394;display:inline-block}
.errors{border-left:4px solid #b00020;padding:.25rem 1rem;background:#fdf0f2}dl dt{font-weight:600}dd{margin:0 0 .75rem;white-space:pre-wrap}
button{font:inherit;padding:.5rem 1.25rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}a{color:#0b5394}
textarea{width:100%;font:inherit}`

const HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' }

export function feedbackPage(status: number, title: string, body: string, siteUrl: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Góp ý, phản ánh</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}
<p><a href="${escapeHtml(absoluteUrl(publicPaths.home(), siteUrl))}">Về trang chủ</a> · <a href="${escapeHtml(absoluteUrl(publicPaths.feedback(), siteUrl))}">Gửi góp ý khác</a> · <a href="${escapeHtml(absoluteUrl(publicPaths.feedbackStatus(), siteUrl))}">Tra cứu góp ý</a></p></main></body></html>`
  return new Response(html, { status, headers: { ...HEADERS, ...headers } })
}

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
