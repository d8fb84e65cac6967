/**
 * Letters Noto Sans's `ccmp` feature breaks into a base letter and a dot below. pdfkit then
 * records that base glyph as the whole letter in the text layer, so every plain "i" after an "ị"
 * extracts as "ị". Words with these letters are shaped with `ccmp` off; the others keep the
 * default features, which is what lets pdfkit reuse a word's layout (5× faster on a bulletin).
 */
const DOT_BELOW = /[ạặậẹệịọộợụựỵẠẶẬẸỆỊỌỘỢỤỰỴ]/
// The object form is what fontkit takes; pdfmake's typings only know the array form.
const WITHOUT_CCMP = { fontFeatures: { ccmp: false } }

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A string as inlines: runs of words, each run with `ccmp` on or off. */
function runs(text: string): string | Node[] {
  if (!DOT_BELOW.test(text)) return text
  const inlines: Node[] = []
  for (const part of text.split(/(\s+)/)) {
    if (part === '') continue
    const off = DOT_BELOW.test(part)
    const last = inlines.at(-1)
    // Whitespace joins the run before it, so a run boundary never falls inside a word.
    if (last && (/^\s+$/.test(part) || Boolean(last.fontFeatures) === off)) last.text += part
    else inlines.push(off ? { text: part, ...WITHOUT_CCMP } : { text: part })
  }
  return inlines
}

function inline(value: unknown): unknown {
  if (typeof value === 'string') {
    const shaped = runs(value)
    return typeof shaped === 'string' ? shaped : { text: shaped }
  }
  if (Array.isArray(value)) return value.map(inline)
  return isNode(value) ? block(value) : value
}

const CONTENT_LISTS = ['stack', 'ul', 'ol', 'columns'] as const

/** Gives every text of a pdfmake content tree its runs; leaves everything else as it is. */
export function withDotBelowRuns(content: unknown): unknown {
  if (typeof content === 'string') return inline(content)
  if (Array.isArray(content)) return content.map(withDotBelowRuns)
  return isNode(content) ? block(content) : content
}

/** What pdfmake does not pass from an inline to the inlines inside it. */
const LINKS = ['link', 'linkToPage', 'linkToDestination'] as const

function block(node: Node): Node {
  const shaped: Node = { ...node }
  if ('text' in node) {
    const text = typeof node.text === 'string' ? runs(node.text) : inline(node.text)
    const links = Object.fromEntries(LINKS.filter((key) => node[key] !== undefined).map((key) => [key, node[key]]))
    shaped.text = Array.isArray(text) && Object.keys(links).length > 0 ? text.map((run) => (isNode(run) ? { ...links, ...run } : { text: run, ...links })) : text
  }
  for (const key of CONTENT_LISTS) if (Array.isArray(node[key])) shaped[key] = (node[key] as unknown[]).map(withDotBelowRuns)
  if (isNode(node.table) && Array.isArray(node.table.body)) {
    shaped.table = { ...node.table, body: (node.table.body as unknown[][]).map((row) => row.map(withDotBelowRuns)) }
  }
  if (isNode(node.toc) && node.toc.title !== undefined) shaped.toc = { ...node.toc, title: withDotBelowRuns(node.toc.title) }
  return shaped
}
