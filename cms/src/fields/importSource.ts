import type { CompoundIndex, Field } from 'payload'
import { nobody, staffOnly } from '../access/fieldAccess'
import { label } from '../i18n/label'

/**
 * Where an imported document came from (`npm run import`): the old portal's system, its address,
 * the item's id there and its old URL. The importer finds the document again by system + site + itemId
 * (so a second run updates instead of duplicating), and the site build redirects the old URL to
 * the new page. Written only by the importer (the Local API); nobody edits it, since an old URL
 * becomes a redirect on the public site. `hash` is the imported content's digest: an unchanged
 * item is skipped.
 */
export function importSourceField(): Field {
  return {
    name: 'importSource',
    type: 'group',
    label: label('Nguồn nhập từ cổng cũ', 'Imported from'),
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.importSource?.system),
      description: label(
        'Do lệnh nhập dữ liệu từ cổng cũ ghi, không sửa được. Đường dẫn cũ của tin bài, văn bản chuyển tới trang mới.',
        'Written by the importer, not editable. The old URL of an article or document leads to its new page.',
      ),
    },
    fields: [
      { name: 'system', type: 'text', label: label('Hệ thống', 'System') },
      { name: 'site', type: 'text', label: label('Địa chỉ cổng cũ', 'Old site') },
      { name: 'itemId', type: 'text', label: label('Mã ở cổng cũ', 'Id there') },
      { name: 'url', type: 'text', label: label('Đường dẫn cũ', 'Old URL') },
      { name: 'hash', type: 'text', access: { read: staffOnly }, admin: { hidden: true } },
    ],
  }
}

/** One document per imported item: what the importer looks it up by, and what keeps a second import from duplicating it. */
export const IMPORT_SOURCE_INDEX: CompoundIndex = { fields: ['importSource.system', 'importSource.site', 'importSource.itemId'], unique: true }
