import { toNFC } from '@reform/shared'
import { isTag, type AnyNode, type Element } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Content, ContentOrderedList, ContentText, ContentUnorderedList } from 'pdfmake/interfaces'
import { paragraphOf } from './htmlInlines'
import { tableOf } from './htmlTable'
import { MUTED } from './sheetPaper'

/** Where the HTML came from (links resolve against it) and how wide the text is. */
type Page = { url: string; width: number }

const BLOCKS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'hr',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
])
const HEADING_SIZES = new Map([
  ['h2', 15],
  ['h3', 13.5],
  ['h4', 12.5],
  ['h5', 12],
  ['h6', 11.5],
])
const isBlock = (node: AnyNode): node is Element => isTag(node) && BLOCKS.has(node.name)

/** Loose text as a paragraph (nothing for white space); `style` applies to all of it. */
function paragraph(nodes: AnyNode[], page: Page, style: Omit<ContentText, 'text'> = {}): Content[] {
  const text = paragraphOf(nodes, page.url)
  return text ? [{ text, margin: [0, 0, 0, 7], ...style }] : []
}

function list(element: Element, page: Page): ContentUnorderedList | ContentOrderedList {
  const items = element.children
    .filter((child): child is Element => isTag(child) && child.name === 'li')
    .map((item) => {
      const content = blocks(item.children, page)
      const counter = element.name === 'ol' && item.attribs.value ? Number.parseInt(item.attribs.value, 10) || undefined : undefined
      return { stack: content.length ? content : [''], ...(counter ? { counter } : {}) }
    })
  const margin: [number, number, number, number] = [0, 0, 0, 4]
  if (element.name === 'ul') return { ul: items, margin }
  return { ol: items, margin, ...(element.attribs.start ? { start: Number.parseInt(element.attribs.start, 10) || 1 } : {}) }
}

/** One block element of a sanitised article body as pdfmake content (see sanitizeArticleHtml's allow-list). */
function block(element: Element, page: Page): Content[] {
  const { name, children } = element
  if (name === 'p') return paragraph(children, page)
  if (HEADING_SIZES.has(name)) return paragraph(children, page, { bold: true, fontSize: HEADING_SIZES.get(name), margin: [0, 8, 0, 4] })
  if (name === 'ul' || name === 'ol') return [list(element, page)]
  if (name === 'blockquote') return [{ stack: blocks(children, page), margin: [18, 0, 0, 7], color: MUTED }]
  if (name === 'pre') return [{ text: toNFC(DomUtils.textContent(element)), preserveLeadingSpaces: true, fontSize: 9.5, margin: [0, 0, 0, 7] }]
  if (name === 'hr') return [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: page.width, y2: 0, lineWidth: 0.5, lineColor: MUTED }], margin: [0, 4, 0, 10] }]
  // Pictures are not printed; their captions are, in italics.
  if (name === 'figure') return DomUtils.getElementsByTagName('figcaption', children).flatMap((caption) => block(caption, page))
  if (name === 'figcaption') return paragraph(children, page, { italics: true, color: MUTED })
  if (name === 'table') {
    const table = tableOf(element, (cell) => blocks(cell.children, page))
    return table ? [table] : []
  }
  return blocks(children, page)
}

/** Block content; loose text and inline elements between blocks make paragraphs of their own. */
function blocks(nodes: AnyNode[], page: Page): Content[] {
  const content: Content[] = []
  let loose: AnyNode[] = []
  for (const node of [...nodes, undefined]) {
    if (node && !isBlock(node)) {
      loose.push(node)
      continue
    }
    content.push(...paragraph(loose, page))
    loose = []
    if (node) content.push(...block(node, page))
  }
  return content
}

/** A sanitised article body (or introduction) as pdfmake content: text, lists, tables, live links. */
export function htmlContent(html: string, page: Page): Content[] {
  return blocks(parseDocument(html).children, page)
}
