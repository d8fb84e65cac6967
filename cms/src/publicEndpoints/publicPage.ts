import escapeHtml from 'escape-html'
import { absoluteUrl, publicPaths } from '@reform/shared'

// The pages a visitor sees after a plain form post or a link from a mail: small, with no script,
// on the site's own origin (the web server passes the public endpoints on), linking back into the site.

const STYLE = `body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.5rem;line-height:1.3}.code{font:700 1.75rem/1.2 ui-monospace,monospace;letter-spacing:.05em;padding:.5rem 1rem;border:2px solid #0b5394;display:inline-block}
.errors{border-left:4px solid #b00020;padding:.25rem 1rem;background:#fdf0f2}dl dt{font-weight:600}dd{margin:0 0 .75rem;white-space:pre-wrap}
button{font:inherit;padding:.5rem 1.25rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}a{color:#0b5394}
button.secondary{background:#fff;color:#b00020;border:2px solid #b00020}fieldset{border:1px solid #ccc;margin:0 0 1rem;padding:.5rem 1rem}
label{display:block;margin:.25rem 0}textarea{width:100%;font:inherit}`

// Their addresses may carry a personal token (`?t=`): a Referer names the site only, so the token goes
// neither to another site nor into the web server's log of the next page. Not `no-referrer`: under
// it a browser posts these pages' forms with `Origin: null`, which the endpoints refuse as foreign.
const HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'strict-origin' }

export type PublicPage = {
  status: number
  title: string
  /** Trusted HTML: the caller escapes what it puts in. */
  body: string
  siteUrl: string
  /** The feature's name, after the title in the window title. */
  section: string
  /** Links back into the site under the page: [path, text]. */
  links: Array<[string, string]>
  headers?: Record<string, string>
}

export function publicPage({ status, title, body, siteUrl, section, links, headers = {} }: PublicPage): Response {
  const nav = [[publicPaths.home(), 'Về trang chủ'] as [string, string], ...links]
    .map(([path, text]) => `<a href="${escapeHtml(absoluteUrl(path, siteUrl))}">${escapeHtml(text)}</a>`)
    .join(' · ')
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(section)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}
<p>${nav}</p></main></body></html>`
  return new Response(html, { status, headers: { ...HEADERS, ...headers } })
}
