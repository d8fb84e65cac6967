/** The first letter upper-cased, to open a sentence: "quý II/2024" → "Quý II/2024". */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

/** The first letter lower-cased, inside a sentence: "Tỉnh Bắc Ninh" → "tỉnh Bắc Ninh". */
export const decapitalise = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
