import { ABBREVIATIONS } from './abbreviations'
import { replaceSpoken } from './replaceSpoken'

// For a pattern with the u flag, where "-" may not be escaped outside a class.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Longest first, so "DVCTT" wins over "DVC" and "NĐ-CP" over "NĐ". A key ending in "." needs no
// boundary after it (its dot is one).
const keys = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length)
const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${keys.map((key) => (key.endsWith('.') ? escape(key) : `${escape(key)}(?![\\p{L}\\p{N}_])`)).join('|')})`, 'gu')

/** Every abbreviation of ABBREVIATIONS in `text` written out in full, as an announcer says it. */
export function expandAbbreviations(text: string): string {
  return replaceSpoken(text, pattern, (match, { next }) => {
    const full = ABBREVIATIONS[match]!
    // "TP.HCM": the dot ended the abbreviation, a space must part it from what follows.
    return match.endsWith('.') && /[\p{L}\p{N}]/u.test(next) ? `${full} ` : full
  })
}
