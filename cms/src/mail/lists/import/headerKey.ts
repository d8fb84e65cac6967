import { foldVietnamese } from '@reform/shared'

/** A header as compared: no case, accents, spaces or punctuation ("Cơ quan, đơn vị" → "coquandonvi", "E-mail" → "email"). */
export const headerKey = (header: string): string => foldVietnamese(header).replace(/[^a-z0-9]/g, '')
