import type { Article } from '../../src/payload-types'
import { plainLexicalBody } from '../../src/richText/plainLexicalBody'

/** A Lexical body of plain paragraphs, for tests. */
export const lexicalBody = plainLexicalBody

type LinkFields = { linkType: 'custom'; url: string; newTab: boolean } | { linkType: 'internal'; doc: { relationTo: string; value: number }; newTab: boolean }

/** Appends a link to the first paragraph of `body`, as the editor's link button makes it. */
export function appendLink(body: Article['body'], fields: LinkFields, text: string): Article['body'] {
  const paragraph = body.root.children[0] as unknown as { children: unknown[] }
  paragraph.children.push({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields,
    children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  })
  return body
}
