import { toNFC } from '@reform/shared'
import { isTag, type AnyNode, type Element } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'

const LISTS = new Set(['ul', 'ol'])
const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
const sentences = new Intl.Segmenter('vi', { granularity: 'sentence' })

const plain = (nodes: AnyNode | AnyNode[]) => toNFC(DomUtils.textContent(nodes).replace(/\s+/gu, ' ').trim())

function insideListItem(element: Element): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (isTag(parent) && parent.name === 'li') return true
  }
  return false
}

/** An outermost list item's own words: a list nested in it is its detail, not the point. */
const listItemText = (item: Element) => plain(item.children.filter((child) => !(isTag(child) && LISTS.has(child.name))))

/**
 * An article's key points, from its sanitised body: its list items (outermost ones), else its
 * subheadings, else the first sentences of its paragraphs. Plain text, NFC, none empty or repeated.
 */
export function keyPointsOf(bodyHtml: string, limit = 5): string[] {
  const root = parseDocument(bodyHtml).children
  const find = (test: (element: Element) => boolean) => DomUtils.findAll(test, root)
  const sources = [
    () => find((element) => element.name === 'li' && !insideListItem(element)).map(listItemText),
    () => find((element) => SUBHEADINGS.has(element.name)).map(plain),
    () => find((element) => element.name === 'p').flatMap((paragraph) => [...sentences.segment(plain(paragraph))].map(({ segment }) => segment.trim())),
  ]
  for (const source of sources) {
    const points = [...new Set(source().filter(Boolean))]
    if (points.length) return points.slice(0, limit)
  }
  return []
}
