import escapeHtml from 'escape-html'
import mjml2html from 'mjml'
import { absoluteUrl, publicPaths, toNFC, type SiteIdentity } from '@reform/shared'
import { SLOT_MARK, SLOTS, type MailMessage } from './personalise'

/** The parts a message is made of; each is written once here, for the HTML and the text part alike. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fact'; label: string; value: string }
  | { type: 'list'; items: string[] }
  /** A published item: its title linked to its page. */
  | { type: 'entry'; title: string; url: string; meta?: string; summary?: string }
  | { type: 'action'; label: string; url: string }

export type Letter = {
  site: SiteIdentity
  siteUrl: string
  subject: string
  /** What an inbox shows after the subject. */
  preheader: string
  /** A line above the title (the bulletin's masthead). */
  kicker?: string
  title: string
  /** A line below the title (a date). */
  lead?: string
  blocks: Block[]
  /**
   * `personal`: why the recipient gets it and their link to change or cancel, left as slots for
   * `personalise`; `note`: a one-off notice's last word, for someone who subscribed to nothing.
   */
  footer: 'personal' | { note: string }
}

const COLOR = { text: '#1b1f24', muted: '#4a5561', brand: '#0b4a85', accent: '#b3261e', surface: '#f4f6f9', border: '#d5dbe3' }
// Inline styles: many mail apps drop a <style> element. (MJML's cells already wrap long words.)
const STYLE = {
  h1: `margin:0 0 8px;font-size:24px;line-height:1.3;color:${COLOR.text}`,
  h2: `margin:0;padding-top:16px;border-top:2px solid ${COLOR.border};font-size:20px;line-height:1.3;color:${COLOR.text}`,
  h3: `margin:0 0 4px;font-size:17px;line-height:1.4`,
  p: `margin:0 0 12px`,
  muted: `margin:0 0 4px;font-size:14px;color:${COLOR.muted}`,
  a: `color:${COLOR.brand};text-decoration:underline`,
}

/** NFC, and without the slot mark: no input can open a slot of `personalise`. */
const clean = (value: string) => toNFC(value).replaceAll(SLOT_MARK, '')
const html = (value: string) => escapeHtml(clean(value)).replaceAll('\n', '<br>')
/** A header line: one line, however the title was typed. */
const oneLine = (value: string) => clean(value).replace(/\s+/g, ' ').trim()

/** Every link is absolute http(s): the text part shows it whole, and nothing else may be a link. */
function checkedUrl(url: string): string {
  const parsed = new URL(clean(url))
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Not a web address: ${url}`)
  return parsed.href
}

const link = (url: string, text: string) => `<a href="${escapeHtml(url)}" style="${STYLE.a}">${html(text)}</a>`
const mjText = (content: string, attributes = 'padding="0 20px 8px"') => `<mj-text ${attributes}>${content}</mj-text>`

function blockMjml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return mjText(`<h2 style="${STYLE.h2}">${html(block.text)}</h2>`, 'padding="16px 20px 8px"')
    case 'paragraph':
      return mjText(`<p style="${STYLE.p}">${html(block.text)}</p>`)
    case 'fact':
      return mjText(`<p style="${STYLE.p}"><strong>${html(block.label)}:</strong> ${html(block.value)}</p>`)
    case 'list':
      return mjText(`<ul style="margin:0 0 12px;padding-left:24px">${block.items.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`)
    case 'entry':
      return mjText(
        `<h3 style="${STYLE.h3}">${link(checkedUrl(block.url), block.title)}</h3>` +
          (block.meta ? `<p style="${STYLE.muted}">${html(block.meta)}</p>` : '') +
          (block.summary ? `<p style="${STYLE.p}">${html(block.summary)}</p>` : ''),
        'padding="8px 20px"',
      )
    case 'action':
      return `<mj-button href="${escapeHtml(checkedUrl(block.url))}">${html(block.label)}</mj-button>`
  }
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading': {
      const text = clean(block.text)
      return `${text}\n${'-'.repeat(Math.min(text.length, 60))}`
    }
    case 'paragraph':
      return clean(block.text)
    case 'fact':
      return `${clean(block.label)}: ${clean(block.value)}`
    case 'list':
      return block.items.map((item) => `- ${clean(item)}`).join('\n')
    case 'entry': {
      const indented = [block.meta, block.summary, checkedUrl(block.url)].flatMap((line) => (line ? [`  ${clean(line).replaceAll('\n', '\n  ')}`] : []))
      return [`* ${clean(block.title)}`, ...indented].join('\n')
    }
    case 'action':
      return `${clean(block.label)}: ${checkedUrl(block.url)}`
  }
}

function footerMjml(letter: Letter, home: string): string {
  const last = `<p style="${STYLE.p}">${html(letter.site.publisher)} · ${link(home, letter.site.name)}</p>`
  if (letter.footer === 'personal') {
    // The slots go in as they are; personalise fills them, escaped.
    return `<p style="${STYLE.p}">${SLOTS.reason}</p><p style="${STYLE.p}"><a href="${SLOTS.manage}" style="${STYLE.a}">Thay đổi hoặc hủy đăng ký</a></p>${last}`
  }
  return `<p style="${STYLE.p}">${html(letter.footer.note)}</p>${last}`
}

function footerText(letter: Letter, home: string): string {
  const first = letter.footer === 'personal' ? `${SLOTS.reason}\nThay đổi hoặc hủy đăng ký: ${SLOTS.manage}` : clean(letter.footer.note)
  return `${first}\n${clean(letter.site.publisher)} · ${clean(letter.site.name)}: ${home}`
}

function letterMjml(letter: Letter, home: string): string {
  const top = [
    letter.kicker && `<p style="${STYLE.muted}">${html(letter.kicker)}</p>`,
    `<h1 style="${STYLE.h1}">${html(letter.title)}</h1>`,
    letter.lead && `<p style="${STYLE.muted}">${html(letter.lead)}</p>`,
  ].filter(Boolean)
  return `<mjml lang="vi" dir="ltr">
  <mj-head>
    <mj-title>${escapeHtml(oneLine(letter.subject))}</mj-title>
    <mj-preview>${html(letter.preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${COLOR.text}" />
      <mj-button background-color="${COLOR.brand}" color="#ffffff" font-size="16px" font-weight="bold" border-radius="4px" inner-padding="12px 20px" align="left" padding="8px 20px 16px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLOR.surface}">
    <mj-section background-color="${COLOR.brand}" border-bottom="4px solid ${COLOR.accent}" padding="12px 0">
      <mj-column>${mjText(`<a href="${escapeHtml(home)}" style="color:#ffffff;text-decoration:none;font-weight:bold;font-size:18px">${html(letter.site.name)}</a>`, 'padding="0 20px"')}</mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 0 16px">
      <mj-column>${mjText(top.join(''))}${letter.blocks.map(blockMjml).join('\n')}</mj-column>
    </mj-section>
    <mj-section padding="16px 0 24px">
      <mj-column>${mjText(footerMjml(letter, home), `padding="0 20px" font-size="14px" color="${COLOR.muted}"`)}</mj-column>
    </mj-section>
  </mj-body>
</mjml>`
}

function letterText(letter: Letter, home: string): string {
  const top = [letter.kicker, letter.title, letter.lead].flatMap((line) => (line ? [clean(line)] : [])).join('\n')
  return [clean(letter.site.name), top, ...letter.blocks.map(blockText), `-- \n${footerText(letter, home)}`].join('\n\n') + '\n'
}

/**
 * The HTML part by MJML (responsive tables most mail apps render alike) and the text part from the
 * same blocks. MJML's default Google fonts are switched off: a mail loads nothing from elsewhere.
 */
export async function renderLetter(letter: Letter): Promise<MailMessage> {
  const home = checkedUrl(absoluteUrl(publicPaths.home(), letter.siteUrl))
  const { html: body } = await mjml2html(letterMjml(letter, home), { fonts: {}, keepComments: false, validationLevel: 'strict' })
  // MJML's indentation is a fifth of a bulletin; Gmail cuts a message past 102 kB, footer and all.
  return { subject: oneLine(letter.subject), html: body.replace(/\n\s+/g, '\n'), text: letterText(letter, home) }
}
