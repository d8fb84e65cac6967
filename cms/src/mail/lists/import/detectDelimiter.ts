const CANDIDATES = [',', ';', '\t'] as const

/**
 * The field separator of a CSV text: the candidate found most often in its first line outside
 * quotes. Excel writes `;` where the decimal comma is the local habit (Vietnamese Windows), `,`
 * elsewhere, and tabs when copied from a sheet; the first line is the header, the steadiest.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? ''
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]))
  let quoted = false
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1)
  }
  return CANDIDATES.reduce((best, candidate) => (counts.get(candidate)! > counts.get(best)! ? candidate : best))
}
