import type { CollectionBeforeDeleteHook } from 'payload'
import { publishedUsers, refuseFor } from '../../../hooks/publishedUse'

/** The generated HTML fields that may show a file inline (rich text frozen at save). */
const HTML_FIELDS: Record<string, string> = { articles: 'bodyHtml', bulletins: 'introductionHtml', feedback: 'answerHtml' }

type Upload = { filename?: string | null; sizes?: Record<string, { filename?: string | null }> }

/**
 * beforeDelete for uploads: a file is refused deletion while published content shows it, through a
 * field or inside its text, naming that content. Dropping it silently would change a published page
 * without an editor deciding so (and a page whose text still points at it could not be built).
 */
export const refuseDeletingShownFile: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const upload = (await req.payload.findByID({ collection: collection.slug as never, id, depth: 0, overrideAccess: true, req })) as Upload
  const names = [upload.filename, ...Object.values(upload.sizes ?? {}).map((size) => size.filename)].filter((name): name is string => Boolean(name))
  const shows = (html: unknown) => typeof html === 'string' && names.some((name) => html.includes(`/${name}`) || html.includes(`/${encodeURIComponent(name)}`))
  const extra = upload.filename
    ? Object.entries(HTML_FIELDS).map(([slug, field]) => ({
        collection: slug,
        where: { [field]: { like: upload.filename!.replace(/\.[^.]+$/, '') } },
        uses: (doc: Record<string, unknown>) => shows(doc[field]),
      }))
    : []
  const users = await publishedUsers(req, collection.slug, id, { breaking: false, extra })
  if (users.length > 0) refuseFor(users, 'Không thể xóa tệp này')
}
