/**
 * Puts the CMS's signed "form opened now" time in the form's hidden field. Without it the CMS
 * asks the person to confirm once more, so a failure here is not an error.
 */
export function fillStartToken(url: string, field: HTMLInputElement): void {
  fetch(url, { headers: { accept: 'application/json' } })
    // Read whatever comes back (an unread body keeps the request open in some browsers).
    .then((response) => response.json() as Promise<{ startToken?: string }>)
    .then((body) => {
      if (body.startToken) field.value = body.startToken
    })
    .catch(() => {})
}
