// The lookup answered in place. Without this script the form opens the CMS's own status page; with
// it, a link carrying ?ma=<code> (the one given after sending) shows the status straight away.
import type { FeedbackStatusReport } from '@reform/shared'

function message(text: string): HTMLElement {
  const note = document.createElement('p')
  note.className = 'form-error'
  note.textContent = text
  return note
}

export function enhanceStatusLookup(): void {
  const form = document.querySelector<HTMLFormElement>('[data-status-form]')
  const result = document.querySelector<HTMLElement>('[data-status-result]')
  if (!form || !result) return
  const input = form.querySelector<HTMLInputElement>('input')!

  async function lookUp(): Promise<void> {
    const url = new URL(form!.action)
    url.searchParams.set(input.name, input.value)
    result!.hidden = false
    result!.textContent = 'Đang tra cứu…'
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' } })
      const body = (await response.json()) as FeedbackStatusReport & { errors?: Array<{ message: string }> }
      // The report as the CMS renders it for its own status page (escaped, the answer sanitised).
      if (response.ok) result!.innerHTML = body.html
      else result!.replaceChildren(message(body.errors?.[0]?.message ?? 'Không tra cứu được. Vui lòng thử lại.'))
    } catch {
      result!.replaceChildren(message('Không kết nối được với hệ thống tra cứu; vui lòng thử lại sau ít phút.'))
    }
    result!.focus()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void lookUp()
  })
  const given = new URLSearchParams(location.search).get(input.name)
  if (given) {
    input.value = given
    void lookUp()
  }
}
