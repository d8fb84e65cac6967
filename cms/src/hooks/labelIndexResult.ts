import type { CollectionBeforeChangeHook } from 'payload'
import { INDEX_NAMES, optionLabel } from '@reform/shared'

/** The admin's title of an index result: "Chỉ số PAPI 2025". */
export const labelIndexResult: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const name = merged.index === 'other' ? merged.otherIndexName : optionLabel(INDEX_NAMES, merged.index)
  return { ...data, label: `${name ?? ''} ${merged.year ?? ''}`.trim() }
}
