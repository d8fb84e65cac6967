import type { CollectionBeforeChangeHook } from 'payload'
import { INDEX_NAMES } from '@reform/shared'

/** The admin's title of an index result: "Chỉ số PAPI 2025". */
export const labelIndexResult: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const name = merged.index === 'other' ? merged.otherIndexName : INDEX_NAMES.find((item) => item.value === merged.index)?.label
  return { ...data, label: `${name ?? ''} ${merged.year ?? ''}`.trim() }
}
