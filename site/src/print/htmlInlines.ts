import { toNFC } from '@reform/shared'
import { isTag, isText, type AnyNode } from 'domhandler'
import type { ContentText, Style } from 'pdfmake/interfaces'

type Marks = Pick<Style, 'bold' | 'italics' | 'decoration' | 'sup' | 'sub' | 'background' | 'color'> & { link?: string }
type Inline = ContentText & Marks & { text: string }

const MARKS: Record<string, Marks> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italics: true },
  i: { italics: true },
  u: { decoration: 'underline' },
  s: { decoration: 'lineThrough' },
  sub: { sub: true },
  sup: { sup: true },
  code: { background: '#eeeeee' },
}
export const LINK_MARKS: Marks = { color: '#1a4fa0', decoration: 'underline' }
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** A link as the PDF needs it: absolute (resolved against the page it was written for), or none. */
export function resolveLink(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined
  try {
    const url = new URL(href, base)
    return LINK_SCHEMES.has(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

function inlines(nodes: AnyNode[], marks: Marks, base: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (isText(node)) return [{ text: toNFC(node.data.replace(/[ \t\n\r\f]+/gu, ' ')), ...marks }]
    if (!isTag(node)) return []
    if (node.name === 'br') return [{ text: '\n', ...marks }]
    // Pictures are left out of print; a figure keeps its caption (see htmlContent).
    if (node.name === 'img') return []
    if (node.name === 'a') {
      const link = resolveLink(node.attribs.href, base)
      return inlines(node.children, link ? { ...marks, ...LINK_MARKS, link } : marks, base)
    }
    return inlines(node.children, { ...marks, ...MARKS[node.name] }, base)
  })
}

/**
 * A paragraph's runs of text, white space collapsed as a browser would (also across tags and
 * around line breaks); undefined when nothing but white space is left.
 */
export function paragraphOf(nodes: AnyNode[], base: string): Inline[] | undefined {
  const runs = inlines(nodes, {}, base)
  let previous = '\n'
  for (const run of runs) {
    if (/[ \n]$/u.test(previous)) run.text = run.text.replace(/^ /u, '')
    if (run.text) previous = run.text
  }
  for (let i = runs.length - 1; i >= 0; i--) {
    runs[i]!.text = runs[i]!.text.replace(/ $/u, '')
    if (runs[i]!.text) break
  }
  const kept = runs.filter((run) => run.text)
  return kept.some((run) => run.text.trim()) ? kept : undefined
}
