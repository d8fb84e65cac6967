// The unit tree's name filter: what a reader types is matched without case, tone or vowel marks and
// with đ as d ("ha noi" finds "Hà Nội", "da mai" finds "Đa Mai"). Without this script the filter is
// not shown and the whole tree is there to read.
import { foldVietnamese } from '@reform/shared/fold'

/** A unit in the tree (a province's section or a list item), the unit it sits in, and its folded name. */
type Entry = { element: HTMLElement; parent?: Entry; name: string; matches: boolean; matchBelow: boolean; matchAbove: boolean }

const fold = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim()

export function enhanceUnitFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-unit-filter]')
  const tree = document.getElementById('cay-don-vi')
  if (!form || !tree) return
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!
  const status = form.querySelector<HTMLElement>('[data-unit-filter-status]')!
  const index = document.querySelector<HTMLElement>('[data-unit-index]')

  // In document order: a unit comes before the units under it.
  const byElement = new Map<Element, Entry>()
  const entries = [...tree.querySelectorAll<HTMLElement>('[data-unit]')].map((element) => {
    const entry: Entry = {
      element,
      parent: byElement.get(element.parentElement!.closest('[data-unit]')!),
      name: fold(element.querySelector('[data-unit-name]')?.textContent ?? ''),
      matches: false,
      matchBelow: false,
      matchAbove: false,
    }
    byElement.set(element, entry)
    return entry
  })
  const groups = [...tree.querySelectorAll<HTMLElement>('[data-unit-group]')]

  function apply(): void {
    const query = fold(input.value)
    for (const entry of entries) {
      entry.matches = query !== '' && entry.name.includes(query)
      entry.matchBelow = false
    }
    // From the deepest up: a unit stays in sight when one under it matches.
    for (const entry of [...entries].reverse()) if ((entry.matches || entry.matchBelow) && entry.parent) entry.parent.matchBelow = true
    // From the top down: everything under a unit that matches stays in sight (a province shows its communes).
    for (const entry of entries) {
      entry.matchAbove = entry.parent !== undefined && (entry.parent.matches || entry.parent.matchAbove)
      entry.element.hidden = query !== '' && !entry.matches && !entry.matchBelow && !entry.matchAbove
    }
    for (const group of groups) group.hidden = !group.querySelector(':scope > ul > [data-unit]:not([hidden])')
    if (index) index.hidden = query !== ''
    const count = entries.filter((entry) => entry.matches).length
    status.textContent = query === '' ? '' : count ? `Có ${count} đơn vị khớp với “${input.value.trim()}”.` : `Không có đơn vị nào khớp với “${input.value.trim()}”.`
    const url = new URL(location.href)
    if (query) url.searchParams.set('q', input.value.trim())
    else url.searchParams.delete('q')
    history.replaceState(history.state, '', url)
  }
  form.addEventListener('submit', (event) => event.preventDefault())
  input.addEventListener('input', apply)
  input.value = new URLSearchParams(location.search).get('q') ?? ''
  form.hidden = false
  if (input.value) apply()
}
