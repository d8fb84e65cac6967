// The lookup answered in place. Without this script the form opens the CMS's own status page; with
// it, a link carrying ?ma=<code> (the one given after sending) shows the status straight away.

type Report = {
  trackingCode: string
  status: string
  statusLabel: string
  subject: string
  receivedAt: string
  dueDate: string | null
  answeredAt: string | null
  answerHtml: string | null
  answeringUnit: string | null
}

const vietnamDate = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
const vietnamDateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

function render(report: Report): HTMLElement[] {
  const rows: Array<[string, string]> = [
    ['Tiêu đề', report.subject],
    ['Tình trạng', report.statusLabel],
    ['Ngày tiếp nhận', vietnamDateTime.format(new Date(report.receivedAt))],
  ]
  if (report.dueDate && !report.answeredAt) rows.push(['Hạn xử lý', vietnamDate.format(new Date(report.dueDate))])
  if (report.answeredAt) rows.push(['Ngày trả lời', vietnamDateTime.format(new Date(report.answeredAt))])
  const list = element('dl')
  for (const [term, value] of rows) list.append(element('dt', term), element('dd', value))
  const nodes = [element('h2', `Góp ý ${report.trackingCode}: ${report.statusLabel}`), list]
  if (report.answerHtml) {
    const heading = `${report.status === 'declined' ? 'Lý do không thụ lý' : 'Trả lời'}${report.answeringUnit ? ` của ${report.answeringUnit}` : ''}`
    const answer = element('div', undefined, 'status-result__answer')
    // Made and sanitised by the CMS, the same HTML its own status page shows.
    answer.innerHTML = report.answerHtml
    nodes.push(element('h3', heading), answer)
  }
  return nodes
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
    result!.replaceChildren(element('p', 'Đang tra cứu…'))
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' } })
      const body = (await response.json()) as Report & { errors?: Array<{ message: string }> }
      result!.replaceChildren(...(response.ok ? render(body) : [element('p', body.errors?.[0]?.message ?? 'Không tra cứu được. Vui lòng thử lại.', 'form-error')]))
    } catch {
      result!.replaceChildren(element('p', 'Không kết nối được với hệ thống tra cứu; vui lòng thử lại sau ít phút.', 'form-error'))
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
