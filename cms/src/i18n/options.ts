import { label } from './label'

/** Select options from the shared domain lists (Vietnamese label, English label). */
export const options = (list: readonly { value: string; label: string; labelEn: string }[]) => list.map((item) => ({ value: item.value, label: label(item.label, item.labelEn) }))
