/**
 * The words of `text` that contain đ/Đ, each with its spelling in d/D: [["Dổi", "Đổi"], …].
 * Pagefind folds tone and vowel marks but keeps đ as its own letter, so a reader typing "doi moi"
 * would not find "Đổi mới"; indexing these spellings too (hidden from readers) closes that gap.
 */
export function dAliases(text: string): Array<[alias: string, word: string]> {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? []
  return [...new Map(words.map((word) => [word.replace(/đ/g, 'd').replace(/Đ/g, 'D'), word] as [string, string]))]
}

/**
 * Text without case, tone or vowel marks, for matching what people type: "Họ và TÊN" → "ho va ten".
 * đ is a letter of its own (NFD keeps it), so it is folded by hand.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
}
