import type { FeedbackFieldError } from '@reform/shared'
import { errorDisplay } from './errorDisplay'
import { fillStartToken } from './fillStartToken'
import { formProblems } from './formProblems'

type Options<Answer> = {
  form: HTMLFormElement
  /** The error summary above the form (components/FormErrors.astro). */
  summary: HTMLElement
  /** Problems the browser's own checks cannot see (a choice among several boxes). */
  moreProblems?: () => FeedbackFieldError[]
  /** Shows the CMS's answer to an accepted request in place; false if the answer is not one. */
  accepted: (answer: Answer) => boolean
  /** What the person is told when the CMS refuses without saying why, or cannot be reached. */
  failures: { refused: string; unreachable: string }
}

/**
 * A public form sent without a page reload: the browser's own checks with Vietnamese messages,
 * then the same urlencoded body a plain post sends (so the CMS checks one thing), asking for JSON;
 * the CMS's errors beside each field. Without a start token (its fetch failed) the plain post goes
 * ahead and the CMS answers with pages of its own, as it does without JavaScript.
 */
export function enhanceForm<Answer>({ form, summary, moreProblems = () => [], accepted, failures }: Options<Answer>): void {
  const progress = form.querySelector<HTMLElement>('[data-progress]')!
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
  const token = form.querySelector<HTMLInputElement>('input[data-start-token]')!
  const errors = errorDisplay(form, summary)
  form.noValidate = true
  fillStartToken(form.dataset.startUrl!, token)

  form.addEventListener('submit', async (event) => {
    if (!token.value) return
    event.preventDefault()
    errors.clear()
    const problems = [...formProblems(form), ...moreProblems()]
    if (problems.length) return errors.show(problems)
    button.disabled = true
    progress.textContent = 'Đang gửi…'
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])),
      })
      const answer = (await response.json()) as Answer & { errors?: FeedbackFieldError[] }
      if (response.ok && accepted(answer)) return
      errors.show(answer.errors ?? [{ field: 'form', message: failures.refused }])
    } catch {
      errors.show([{ field: 'form', message: failures.unreachable }])
    } finally {
      button.disabled = false
      progress.textContent = ''
    }
  })
}
