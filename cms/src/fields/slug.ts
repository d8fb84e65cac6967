import type { FieldHook, TextField } from 'payload'
import { isPublicSlug, slugCandidates, toSlug } from '@reform/shared'
import { label } from '../i18n/label'

const CANDIDATES_PER_QUERY = 20

/**
 * A slug typed by the editor is only normalised (a clash is then refused by the unique index);
 * a slug generated from the source field gets the first free "-2", "-3"… suffix.
 */
function generateSlug(sourceField: string): FieldHook {
  return async ({ value, data, originalDoc, req, collection, operation }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source !== 'string' || !source.trim() || !collection) return value
    const base = toSlug(source)
    if (!base) return value
    const currentId = operation === 'update' ? originalDoc?.id : undefined
    // Exact candidates, a batch at a time: `in` uses the slug index (a pattern match scans).
    for (let from = 1; ; from += CANDIDATES_PER_QUERY) {
      const candidates = slugCandidates(base, from, CANDIDATES_PER_QUERY)
      const { docs } = await req.payload.find({
        collection: collection.slug as 'articles',
        where: {
          and: [{ slug: { in: candidates } }, ...(currentId !== undefined ? [{ id: { not_equals: currentId } }] : [])],
        },
        draft: true,
        pagination: false,
        depth: 0,
        select: { slug: true },
        req,
      })
      const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
      const free = candidates.find((candidate) => !taken.has(candidate))
      if (free) return free
    }
  }
}

export function slugField(sourceField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: label('Đường dẫn (slug)', 'Slug'),
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: label(
        'Tự tạo từ tiêu đề nếu để trống; chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
        'Generated from the title when empty; lower-case letters, digits and hyphens only.',
      ),
    },
    // A copy gets a fresh slug from its title (with a suffix), not the original's.
    hooks: { beforeDuplicate: [() => null], beforeValidate: [generateSlug(sourceField)] },
    // Not `required`: the hook fills it, so create calls may omit it; the validator refuses an empty one.
    validate: (value: string | null | undefined) => {
      if (!value) return 'Cần có đường dẫn: tiêu đề phải có ít nhất một chữ hoặc số, hoặc nhập đường dẫn riêng.'
      if (/^\d+$/.test(value)) return 'Đường dẫn không được chỉ gồm chữ số (trùng với số trang của danh sách); hãy thêm chữ.'
      return isPublicSlug(value) || 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'
    },
  }
}
