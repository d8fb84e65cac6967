import { toNFC } from '@reform/shared'

/**
 * A cell as stored: NFC, on one line, single-spaced, trimmed. Sheets carry no-break spaces and
 * line breaks (Alt+Enter), and addresses copied from web pages carry zero-width characters.
 */
export const cleanCell = (cell: string | undefined): string =>
  toNFC(cell ?? '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
