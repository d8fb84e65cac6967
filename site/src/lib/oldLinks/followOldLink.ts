import { oldLinkFile } from '@reform/shared'

/**
 * On a static host without nginx, an imported portal's old query address (`/?p=123`,
 * `/index.php?p=123`) lands on the home page or the 404 page: this finds it in the old-link tables
 * every release carries (lib/movedPages.ts) and goes on to the new page. Under nginx, and the local
 * server of `npm start`, such addresses never get here: they answer them with a 301 first.
 */
export async function followOldLink(): Promise<void> {
  if (!location.search) return
  const request = location.pathname + location.search
  try {
    const response = await fetch(oldLinkFile(request))
    if (!response.ok) return
    const to = ((await response.json()) as Record<string, string>)[request]
    if (to && to.startsWith('/')) location.replace(to)
  } catch {
    // No table (nothing imported) or a bad one: the reader stays on the page they reached.
  }
}
