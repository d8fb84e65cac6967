// The feedback form without a page reload: the browser's own checks with Vietnamese messages,
// the CMS's answer shown beside each field, the tracking code shown in place. Without this script
// the form still posts, and the CMS answers with pages of its own.

type FieldError = { field: string; message: string }
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The browser's verdict on one field, in the words the CMS uses for the same problem. */
function problemOf(control: Control): string | undefined {
  const { validity } = control
  const what = control.dataset.label ?? control.name
  if (validity.valid) return undefined
  if (validity.valueMissing) return control instanceof HTMLSelectElement ? `Hãy chọn ${what}.` : `Hãy nhập ${what}.`
  if (validity.tooShort) return `${capitalise(what)} cần ít nhất ${control.getAttribute('minlength')} ký tự.`
  if (validity.tooLong) return `${capitalise(what)} dài quá ${control.getAttribute('maxlength')} ký tự.`
  if (validity.typeMismatch) return 'Địa chỉ thư điện tử không đúng dạng (ví dụ: ten@example.com).'
  if (validity.patternMismatch) return 'Số điện thoại không đúng dạng (ví dụ: 0912 345 678).'
  return `${capitalise(what)} chưa hợp lệ.`
}

export function enhanceFeedbackForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-feedback-form]')
  const summary = document.querySelector<HTMLElement>('[data-form-errors]')
  const received = document.querySelector<HTMLElement>('[data-received]')
  if (!form || !summary || !received) return
  const list = summary.querySelector('ul')!
  const progress = form.querySelector<HTMLElement>('[data-progress]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const token = form.elements.namedItem('startToken') as HTMLInputElement
  form.noValidate = true

  // The signed moment the form opened; without it the CMS asks the citizen to confirm once more.
  fetch(form.dataset.startUrl!, { headers: { accept: 'application/json' } })
    // Read whatever comes back (an unread body keeps the request open in some browsers).
    .then((response) => response.json() as Promise<{ startToken?: string }>)
    .then((body) => {
      if (body.startToken) token.value = body.startToken
    })
    .catch(() => {})

  const controls = () => [...form.querySelectorAll<Control>('input[name], select[name], textarea[name]')].filter((control) => control.type !== 'hidden')

  function clear(): void {
    summary!.hidden = true
    list.replaceChildren()
    for (const old of form!.querySelectorAll('.field__error')) old.remove()
    for (const control of controls()) {
      control.removeAttribute('aria-invalid')
      control.setAttribute('aria-describedby', (control.getAttribute('aria-describedby') ?? '').replace(/\s*\S+-error/g, '').trim())
      if (!control.getAttribute('aria-describedby')) control.removeAttribute('aria-describedby')
    }
  }

  function show(errors: FieldError[]): void {
    for (const error of errors) {
      const control = form!.elements.namedItem(error.field)
      const item = document.createElement('li')
      if (control instanceof HTMLElement && 'validity' in control) {
        const field = control as Control
        const note = document.createElement('p')
        note.className = 'field__error'
        note.id = `${field.name}-error`
        note.textContent = error.message
        field.closest('.field')?.append(note)
        field.setAttribute('aria-invalid', 'true')
        field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${note.id}`.trim())
        const link = document.createElement('a')
        link.href = `#${field.id}`
        link.textContent = error.message
        item.append(link)
      } else {
        item.textContent = error.message
      }
      list.append(item)
    }
    summary!.hidden = false
    summary!.focus()
  }

  form.addEventListener('submit', async (event) => {
    // No signed start time could be had: the plain post, which the CMS confirms once more.
    if (!token.value) return
    event.preventDefault()
    clear()
    const problems = controls().flatMap((control) => {
      const message = problemOf(control)
      return message ? [{ field: control.name, message }] : []
    })
    if (problems.length) return show(problems)
    const data: Record<string, unknown> = Object.fromEntries(new FormData(form))
    data.consentToPublish = (form.elements.namedItem('consentToPublish') as HTMLInputElement).checked
    button.disabled = true
    progress.textContent = 'Đang gửi…'
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(data),
      })
      const body = (await response.json()) as { trackingCode?: string; errors?: FieldError[] }
      if (response.ok && body.trackingCode) {
        const link = received!.querySelector<HTMLAnchorElement>('[data-status-link]')!
        link.href = `${form.dataset.statusPath}?${form.dataset.codeParam}=${encodeURIComponent(body.trackingCode)}`
        received!.querySelector('[data-code]')!.textContent = body.trackingCode
        form.hidden = true
        received!.hidden = false
        received!.focus()
        return
      }
      show(body.errors ?? [{ field: 'form', message: 'Không gửi được góp ý. Vui lòng thử lại.' }])
    } catch {
      show([{ field: 'form', message: 'Không kết nối được với hệ thống tiếp nhận góp ý. Nội dung bạn nhập vẫn còn đây; vui lòng thử lại sau ít phút.' }])
    } finally {
      button.disabled = false
      progress.textContent = ''
    }
  })
}
