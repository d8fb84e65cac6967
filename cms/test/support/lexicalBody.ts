import type { Article } from '../../src/payload-types'

/** A Lexical body of plain paragraphs, for tests. */
export function lexicalBody(...paragraphs: string[]): Article['body'] {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}

type LinkFields =
  | { linkType: 'custom'; url: string; newTab: boolean }
  | { linkType: 'internal'; doc: { relationTo: string; value: number }; newTab: boolean }

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
