import { compile } from 'html-to-text'

// Compiled once: compiling the options costs more than converting a page (10,000 article pages a build).
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
})

/** The plain text of an HTML fragment: blocks become line breaks, links and images only their text. */
export function htmlToText(html: string): string {
  return convert(html).trim()
}
