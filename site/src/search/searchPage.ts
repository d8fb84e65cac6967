import { rankResults } from './rankResults'
import { SEARCH_FILTERS, SEARCH_KINDS, type SearchFilter } from './searchFilters'
import { excerptOf, withoutAliases } from './searchText'

/** What the search page uses of Pagefind's JS API (pagefind.js in each part of the index). */
type Fragment = { url: string; content: string; meta: { title?: string }; filters: Record<string, string[]> }
type PagefindResult = { data: () => Promise<Fragment> }
type Pagefind = {
  options: (options: object) => Promise<void>
  mergeIndex: (path: string, options?: object) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (term: string | null, options: { filters: Record<string, string[]> }) => Promise<{ results: PagefindResult[] }>
}

/** Results whose text is loaded and reordered (rankResults); the rest follow in Pagefind's order. */
const RANKED = 15
const PAGE_SIZE = 10
/** Pagefind's own preference for the query's accents: full (its default 0.8 lets a folded title outrank). */
const RANKING = { diacriticSimilarity: 1 }
/** The address's parameters: Vietnamese, so a shared link reads well. */
const PARAMS: Record<SearchFilter, string> = { kind: 'loai', area: 'linh-vuc', year: 'nam' }

type Shown = { url: string; title: string; text: string; filters: Record<string, string[]> }

async function loadPagefind(indexDir: string, shardList: string): Promise<Pagefind | undefined> {
  const { filled } = (await (await fetch(shardList)).json()) as { filled: number[] }
  if (filled.length === 0) return undefined
  const pagefind = (await import(/* @vite-ignore */ `${indexDir}${filled[0]}/pagefind.js`)) as Pagefind
  // Before anything else, so Pagefind starts on this page: its worker would download a second
  // copy of its code (~14 KB compressed) for an index this size gains nothing from.
  await pagefind.options({ noWorker: true, ranking: RANKING, excerptLength: 0 })
  for (const shard of filled.slice(1)) await pagefind.mergeIndex(`${indexDir}${shard}/`, { ranking: RANKING })
  return pagefind
}

const shown = async (result: PagefindResult): Promise<Shown> => {
  const fragment = await result.data()
  return { url: fragment.url, title: fragment.meta.title ?? fragment.url, text: withoutAliases(fragment.content), filters: fragment.filters }
}

function resultItem(query: string, result: Shown): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'search-result'
  const facts = [result.filters[SEARCH_FILTERS.kind]?.[0], result.filters[SEARCH_FILTERS.year]?.[0]].filter(Boolean)
  if (facts.length > 0) {
    const kind = item.appendChild(document.createElement('p'))
    kind.className = 'search-result__kind'
    kind.textContent = facts.join(' · ')
  }
  const heading = item.appendChild(document.createElement('h2'))
  heading.className = 'search-result__title'
  const link = heading.appendChild(document.createElement('a'))
  link.href = result.url
  link.textContent = result.title
  const excerpt = item.appendChild(document.createElement('p'))
  excerpt.className = 'search-result__excerpt'
  // The title is shown above: the excerpt is taken from the text after it.
  const titleAt = result.text.indexOf(result.title)
  const body = titleAt >= 0 ? result.text.slice(titleAt + result.title.length).replace(/^[.\s]+/, '') : result.text
  for (const part of excerptOf(query, body || result.text)) {
    excerpt.append(part.hit ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text)
  }
  return item
}

function fillFilter(select: HTMLSelectElement, counts: Record<string, number>, order: (a: string, b: string) => number, chosen: string | null) {
  for (const value of Object.keys(counts).sort(order)) {
    const option = new Option(`${value} (${counts[value]})`, value)
    option.selected = value === chosen
    select.add(option)
  }
}

/** The search page: Pagefind's JS API with the page's own form, filters, ranking and results. */
export async function startSearchPage(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!
  const selects = Object.fromEntries(
    (Object.keys(PARAMS) as SearchFilter[]).map((filter) => [filter, form.querySelector<HTMLSelectElement>(`select[name=${PARAMS[filter]}]`)!]),
  ) as Record<SearchFilter, HTMLSelectElement>
  const status = document.getElementById('search-status')!
  const list = document.getElementById('search-results') as HTMLOListElement
  const more = document.getElementById('search-more') as HTMLButtonElement

  const address = new URLSearchParams(location.search)
  input.value = address.get('q') ?? ''
  let pagefind: Pagefind | undefined
  try {
    pagefind = await loadPagefind(form.dataset.index!, form.dataset.shards!)
  } catch {
    status.textContent = 'Không tải được bộ tìm kiếm. Vui lòng thử lại sau.'
    return
  }
  if (!pagefind) {
    status.textContent = 'Chưa có nội dung để tìm.'
    return
  }
  const counts = await pagefind.filters()
  const kindOrder = (a: string, b: string) => SEARCH_KINDS.indexOf(a as never) - SEARCH_KINDS.indexOf(b as never)
  fillFilter(selects.kind, counts[SEARCH_FILTERS.kind] ?? {}, kindOrder, address.get(PARAMS.kind))
  fillFilter(selects.area, counts[SEARCH_FILTERS.area] ?? {}, (a, b) => a.localeCompare(b, 'vi'), address.get(PARAMS.area))
  fillFilter(selects.year, counts[SEARCH_FILTERS.year] ?? {}, (a, b) => Number(b) - Number(a), address.get(PARAMS.year))
  form.querySelector('fieldset')!.hidden = false

  let run = 0
  let rest: PagefindResult[] = []
  let pending: Shown[] = []
  let query = ''

  const showMore = async () => {
    const current = run
    while (pending.length < PAGE_SIZE && rest.length > 0) pending.push(...(await Promise.all(rest.splice(0, PAGE_SIZE).map(shown))))
    if (current !== run) return
    list.append(...pending.splice(0, PAGE_SIZE).map((result) => resultItem(query, result)))
    more.hidden = pending.length === 0 && rest.length === 0
  }

  const search = async () => {
    const current = ++run
    query = input.value.trim()
    const filters: Record<string, string[]> = {}
    const next = new URLSearchParams()
    if (query) next.set('q', query)
    for (const filter of Object.keys(PARAMS) as SearchFilter[]) {
      const value = selects[filter].value
      if (!value) continue
      filters[SEARCH_FILTERS[filter]] = [value]
      next.set(PARAMS[filter], value)
    }
    history.replaceState(null, '', next.size > 0 ? `?${next}` : location.pathname)
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren()
      status.textContent = ''
      more.hidden = true
      return
    }
    const { results } = await pagefind.search(query || null, { filters })
    const loaded = await Promise.all(results.slice(0, RANKED).map(shown))
    if (current !== run) return
    pending = query ? rankResults(query, loaded) : loaded
    rest = results.slice(RANKED)
    list.replaceChildren()
    status.textContent = results.length === 0 ? `Không tìm thấy kết quả${query ? ` cho “${query}”` : ''}.` : `Tìm thấy ${results.length} kết quả${query ? ` cho “${query}”` : ''}.`
    await showMore()
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(search, 250)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    void search()
  })
  for (const select of Object.values(selects)) select.addEventListener('change', () => void search())
  more.addEventListener('click', () => void showMore())
  if (input.value || [...address.keys()].some((key) => Object.values(PARAMS).includes(key))) await search()
}
