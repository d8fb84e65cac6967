/** A label for the admin: Vietnamese (the default language) and English. */
export function label(vi: string, en: string): Record<'vi' | 'en', string> {
  return { vi, en }
}
