/** The Vietnamese label of `value` in one of the shared option lists, or the value itself. */
export function optionLabel(list: readonly { value: string; label: string }[], value: string): string {
  return list.find((item) => item.value === value)?.label ?? value
}
