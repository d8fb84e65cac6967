/** Letters and digits a tracking code is made of: none that is easily misread (0/O, 1/I/L). */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const GROUP = 5

/** A code as citizens see it, e.g. `K7M2Q-XP4RT`: two groups of five (about 50 bits). */
export function formatTrackingCode(characters: string): string {
  return `${characters.slice(0, GROUP)}-${characters.slice(GROUP)}`
}

/**
 * The code a citizen typed, in its stored form: case, spaces and dashes do not matter. Undefined
 * when it cannot be a code at all.
 */
export function normalizeTrackingCode(input: string): string | undefined {
  const characters = input.toUpperCase().replace(/[\s-]/g, '')
  if (characters.length !== GROUP * 2) return undefined
  for (const character of characters) if (!TRACKING_CODE_ALPHABET.includes(character)) return undefined
  return formatTrackingCode(characters)
}
