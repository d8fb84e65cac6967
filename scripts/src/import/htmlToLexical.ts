import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'
import { editorFeatures } from '@reform/cms/editorFeatures'
import type { plainLexicalBody } from '@reform/cms/plainLexicalBody'

type LexicalNode = { type?: string; value?: unknown; children?: LexicalNode[] }
export type LexicalBody = ReturnType<typeof plainLexicalBody>

/**
 * Payload's own HTML-to-Lexical conversion with the body editor's features, as markdownToLexical
 * does for Markdown. One JSDOM window is reused: a new one per body cost ~50 ms, its parser ~20;
 * the conversion is synchronous, so no two bodies share it at once.
 */
export async function htmlToLexical(payload: Payload): Promise<(html: string) => LexicalBody> {
  const editorConfig = await editorConfigFactory.fromFeatures({ config: payload.config, features: editorFeatures })
  const { window } = new JSDOM('<!doctype html><html><body></body></html>')
  class ReusedDom {
    readonly window = window
    constructor(html: string) {
      window.document.body.innerHTML = html
    }
  }
  return (html) => {
    const state = convertHTMLToLexical({ editorConfig, html, JSDOM: ReusedDom })
    window.document.body.innerHTML = ''
    return state as unknown as LexicalBody
  }
}

/** Points the body's image placeholders (their index) at the media documents made for them; one without is taken out. */
export function linkUploads(body: LexicalBody, mediaIds: Array<number | undefined>): LexicalBody {
  const visit = (node: LexicalNode) => {
    if (!node.children) return
    node.children = node.children.filter((child) => child.type !== 'upload' || mediaIds[Number(child.value)] !== undefined)
    for (const child of node.children) {
      if (child.type === 'upload') child.value = mediaIds[Number(child.value)]
      visit(child)
    }
  }
  visit(body.root as unknown as LexicalNode)
  return body
}
