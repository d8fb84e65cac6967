// The subscription form without a page reload: the CMS's answer (check your mailbox) shown in place
// of the form. A link may tick a reform area or unit in advance (`?linh-vuc=<id>`, `?don-vi=<id>`);
// without this script the form still posts, and the CMS answers with pages of its own.
import { enhanceForm } from '../../lib/forms/enhanceForm'

/** Ticks the choices a link asked for, and opens every unit group that holds a ticked box (also after going back). */
function preselect(form: HTMLFormElement): void {
  const query = new URLSearchParams(location.search)
  for (const group of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-preselect]')) {
    for (const id of query.getAll(group.dataset.preselect!)) {
      const box = group.querySelector<HTMLInputElement>(`input[value="${CSS.escape(id)}"]`)
      if (box) box.checked = true
    }
  }
  for (const details of form.querySelectorAll('details')) if (details.querySelector('input:checked')) details.open = true
}

export function enhanceSubscriptionForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-subscription-form]')
  const summary = document.querySelector<HTMLElement>('[data-form-errors]')
  const done = document.querySelector<HTMLElement>('[data-done]')
  if (!form || !summary || !done) return
  preselect(form)
  const choices = form.querySelector<HTMLFieldSetElement>('fieldset[data-group="choices"]')!
  enhanceForm<{ message?: string }>({
    form,
    summary,
    // The CMS says the same (its `form` error), but only after the request has travelled.
    moreProblems: () => (choices.querySelector('input:checked') ? [] : [{ field: 'choices', message: choices.dataset.requiredMessage! }]),
    accepted: ({ message }) => {
      if (!message) return false
      const section = document.createElement('section')
      section.className = 'form-done'
      section.tabIndex = -1
      const heading = document.createElement('h2')
      heading.textContent = 'Đã nhận yêu cầu đăng ký'
      const text = document.createElement('p')
      text.textContent = message
      section.append(heading, text)
      form.hidden = true
      done.replaceChildren(section)
      section.focus()
      return true
    },
    failures: {
      refused: 'Không đăng ký được. Vui lòng thử lại.',
      unreachable: 'Không kết nối được với hệ thống đăng ký. Lựa chọn của bạn vẫn còn đây; vui lòng thử lại sau ít phút.',
    },
  })
}
