import { stringify } from 'qs-esm'
import { PUBLIC_COLLECTIONS } from '@reform/shared'

/**
 * What an anonymous reader of the CMS sees, reduced to one string: for each collection, how many
 * documents and the newest updatedAt. It changes on every publish, unpublish, edit or delete.
 */
export async function publishedSignature(cmsUrl: string): Promise<string> {
  const parts = await Promise.all(
    Object.values(PUBLIC_COLLECTIONS).map(async ({ slug: collection }) => {
      const query = stringify({ sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true } }, { addQueryPrefix: true })
      const response = await fetch(`${cmsUrl}/api/${collection}${query}`)
      if (!response.ok) throw new Error(`The CMS answered ${response.status} for ${collection}`)
      const page = (await response.json()) as { totalDocs: number; docs: Array<{ updatedAt?: string }> }
      return `${collection}:${page.totalDocs}:${page.docs[0]?.updatedAt ?? ''}`
    }),
  )
  return parts.join('|')
}
