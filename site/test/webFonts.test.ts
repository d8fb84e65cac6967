import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { cutFontPart, FONT_PARTS, fontFaceCss } from '../src/fonts/webFonts'

const committed = (file: string) => readFile(new URL(`../src/fonts/${file}`, import.meta.url))

/** Every Vietnamese letter with every tone, lower and upper case, NFC. */
const VIETNAMESE = [...'aăâeêioôơuưy']
  .flatMap((vowel) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => `${vowel}${tone}`.normalize('NFC')))
  .concat([...'bcdđghklmnpqrstvx'])
  .flatMap((letter) => [letter, letter.toUpperCase()])

const inParts = (character: string) => {
  const code = character.codePointAt(0)!
  return FONT_PARTS.some((part) => part.ranges.some(([first, last = first]) => code >= first && code <= last))
}

describe('the web font', () => {
  it('is committed as webFonts.ts cuts it (npm run fonts -w site writes it again)', async () => {
    for (const part of FONT_PARTS) expect((await cutFontPart(part)).equals(await committed(part.file)), part.file).toBe(true)
    expect((await committed('webFonts.css')).toString()).toBe(fontFaceCss())
  })

  it('keeps every Vietnamese letter and the punctuation the site writes', () => {
    expect(VIETNAMESE).toHaveLength(2 * (12 * 6 + 17))
    expect(VIETNAMESE.filter((letter) => !inParts(letter))).toEqual([])
    expect([...'«»“”‘’–—…·›©×%₫€'].filter((character) => !inParts(character))).toEqual([])
  })
})
