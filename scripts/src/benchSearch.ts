import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { launchChromium } from '../../site/test/support/browser'
import { searchFor } from '../../site/test/support/searchPage'
import { SEARCH_QUERIES } from './bench/search/searchQueries'
import { buildSearchSite } from './bench/search/searchSite'
import { measureTransfer } from './bench/search/transferredBytes'

/**
 * `npm run bench:search`: builds the site from the seed and the search fixtures (its own database),
 * asks the search page each query of searchQueries.ts in Chromium, and prints precision at 5 per
 * query and the mean: of the first five results, the share that are expected ones, out of five or
 * of the number expected when fewer. Then what the search page and one query transfer.
 */
const workDir = await mkdtemp(path.join(tmpdir(), 'reform-search-bench-'))
const started = Date.now()
const site = await buildSearchSite(workDir, (line) => console.log(`${((Date.now() - started) / 1000).toFixed(0)} s: ${line}`))
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${site.url}/tim-kiem/`, { waitUntil: 'networkidle' })
  const precisions: number[] = []
  console.log('\nP@5   first  query → first result')
  for (const { query, expected } of SEARCH_QUERIES) {
    const top = (await searchFor(page, query)).slice(0, 5)
    const isExpected = (title: string) => expected.some((part) => title.includes(part))
    const precision = top.filter(isExpected).length / Math.min(5, expected.length)
    precisions.push(precision)
    console.log(`${precision.toFixed(2)}  ${top[0] && isExpected(top[0]) ? 'yes' : 'no '}    ${query} → ${top[0] ?? '(nothing)'}`)
  }
  const mean = precisions.reduce((sum, value) => sum + value, 0) / precisions.length
  console.log(`\nmean precision at 5 over ${precisions.length} queries: ${mean.toFixed(3)}`)

  const phone = await browser.newPage({ viewport: { width: 360, height: 800 } })
  const transfer = await measureTransfer(phone, async () => {
    await phone.goto(`${site.url}/tim-kiem/`, { waitUntil: 'networkidle' })
    await searchFor(phone, 'doi moi')
    await phone.waitForLoadState('networkidle')
  })
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(
    `search page + one query ("doi moi"), first visit at 360 px: ${transfer.requests} requests, ${kb(transfer.bytes)} received from this machine's server (uncompressed), ${kb(transfer.gzipBytes)} with gzip as nginx sends it (target ≤ 150 KB)`,
  )
  console.log(
    `largest: ${transfer.files
      .slice(0, 8)
      .map((file) => `${file.url} ${kb(file.gzipBytes)}`)
      .join(', ')}`,
  )
} finally {
  await browser.close()
  await site.stop()
  await rm(workDir, { recursive: true, force: true })
}
