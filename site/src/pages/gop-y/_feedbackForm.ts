// The feedback form without a page reload, the tracking code shown in place. Without this script
// the form still posts, and the CMS answers with pages of its own.
import { enhanceForm } from '../../lib/forms/enhanceForm'

export function enhanceFeedbackForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-feedback-form]')
  const summary = document.querySelector<HTMLElement>('[data-form-errors]')
  const received = document.querySelector<HTMLElement>('[data-received]')
  if (!form || !summary || !received) return
  enhanceForm<{ trackingCode?: string }>({
    form,
    summary,
    accepted: ({ trackingCode }) => {
      if (!trackingCode) return false
      const link = received.querySelector<HTMLAnchorElement>('[data-status-link]')!
      link.href = `${form.dataset.statusPath}?${form.dataset.codeParam}=${encodeURIComponent(trackingCode)}`
      received.querySelector('[data-code]')!.textContent = trackingCode
      form.hidden = true
      received.hidden = false
      received.focus()
      return true
    },
    failures: {
      refused: 'Không gửi được góp ý. Vui lòng thử lại.',
      unreachable: 'Không kết nối được với hệ thống tiếp nhận góp ý. Nội dung bạn nhập vẫn còn đây; vui lòng thử lại sau ít phút.',
    },
  })
}
