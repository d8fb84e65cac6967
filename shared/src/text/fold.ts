import transliterate from '@sindresorhus/transliterate'

/** Lower-case, diacritic-free form for accent-insensitive matching: "Đổi mới" → "doi moi". */
export function foldVietnamese(value: string): string {
  return transliterate(value.normalize('NFC')).toLowerCase()
}
