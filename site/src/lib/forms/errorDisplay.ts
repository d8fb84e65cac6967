import type { FeedbackFieldError } from '@reform/shared'

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

/**
 * What an error names: one field, or a group of boxes (the fieldset marked `data-group` with the
 * field's name), whose note goes under its legend rather than on each box. The summary's link
 * leads to the group's first ticked box, else its first.
 */
function target(form: HTMLFormElement, field: string): { focus: Control; marked: HTMLElement; group: boolean } | undefined {
  const group = form.querySelector<HTMLFieldSetElement>(`fieldset[data-group="${CSS.escape(field)}"]`)
  if (group) {
    const focus = group.querySelector<Control>('input:checked') ?? group.querySelector<Control>('input, select, textarea')
    return focus ? { focus, marked: group, group: true } : undefined
  }
  const found = form.elements.namedItem(field)
  return found instanceof HTMLElement && 'validity' in found ? { focus: found as Control, marked: found, group: false } : undefined
}

/**
 * Shows errors as the feedback and subscription forms do: a summary above the form (linking to
 * each field, focused so it is read out) and a note beside each field, tied to it by
 * aria-describedby. Errors for the whole form (`form`) appear in the summary only.
 */
export function errorDisplay(form: HTMLFormElement, summary: HTMLElement): { clear: () => void; show: (errors: FeedbackFieldError[]) => void } {
  const list = summary.querySelector('ul')!

  function clear(): void {
    summary.hidden = true
    list.replaceChildren()
    for (const old of form.querySelectorAll('.field__error')) old.remove()
    for (const marked of form.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid')
    for (const described of form.querySelectorAll('[aria-describedby]')) {
      const rest = described
        .getAttribute('aria-describedby')!
        .replace(/\s*\S+-error/g, '')
        .trim()
      if (rest) described.setAttribute('aria-describedby', rest)
      else described.removeAttribute('aria-describedby')
    }
  }

  function show(errors: FeedbackFieldError[]): void {
    for (const error of errors) {
      const item = document.createElement('li')
      const found = target(form, error.field)
      if (found) {
        const note = document.createElement('p')
        note.className = 'field__error'
        note.id = `${error.field}-error`
        note.textContent = error.message
        if (found.group) found.marked.querySelector(':scope > legend')?.after(note)
        else {
          found.marked.closest('.field')?.append(note)
          found.marked.setAttribute('aria-invalid', 'true')
        }
        found.marked.setAttribute('aria-describedby', `${found.marked.getAttribute('aria-describedby') ?? ''} ${note.id}`.trim())
        const link = document.createElement('a')
        link.href = `#${found.focus.id}`
        link.textContent = error.message
        item.append(link)
      } else {
        item.textContent = error.message
      }
      list.append(item)
    }
    summary.hidden = false
    summary.focus()
  }

  return { clear, show }
}
