// Writes the site's cut font files and their @font-face rules (see webFonts.ts): npm run fonts -w site
import { writeFile } from 'node:fs/promises'
import { cutFontPart, FONT_PARTS, fontFaceCss } from './webFonts'

const here = new URL('.', import.meta.url)
for (const part of FONT_PARTS) {
  const font = await cutFontPart(part)
  await writeFile(new URL(part.file, here), font)
  console.log(`${part.file}: ${font.length} bytes`)
}
await writeFile(new URL('webFonts.css', here), fontFaceCss())
console.log('webFonts.css')
