import type { FeedbackFieldError } from '@reform/shared'

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

/** What the browser's own checks find wrong in the form's visible fields, one problem per field. */
export function formProblems(form: HTMLFormElement): FeedbackFieldError[] {
  const controls = [...form.querySelectorAll<Control>('input[name], select[name], textarea[name]')].filter((control) => control.type !== 'hidden')
  return controls.flatMap((control) => {
    const message = problemOf(control)
    return message ? [{ field: control.name, message }] : []
  })
}
