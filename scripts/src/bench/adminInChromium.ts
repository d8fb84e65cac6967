import { launchChromium } from '../../../site/test/support/browser'

export type AdminScreen = { path: string; title: string; usableWhen: string }

/** What a person waits for on each screen: the thing they came to use, visible. */
export const ADMIN_SCREENS: AdminScreen[] = [
  { path: '/admin', title: 'dashboard', usableWhen: '.dashboard' },
  { path: '/admin/collections/articles', title: 'articles list', usableWhen: '.table tbody tr' },
  { path: '/admin/collections/articles/create', title: 'new article form', usableWhen: '#field-title' },
]

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Each screen opened in Chromium as a signed-in person: one visit to warm it, then `repeats`, timed
 * from the navigation's start to the screen's main element visible and to the load event (the
 * admin's scripts run, so it answers clicks). Prints the medians.
 */
export async function timeAdminInChromium(cmsUrl: string, token: string, repeats: number, print: (line: string) => void): Promise<void> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    await context.addCookies([{ name: 'payload-token', value: token, url: cmsUrl }])
    const page = await context.newPage()
    for (const screen of ADMIN_SCREENS) {
      const shown: number[] = []
      const loaded: number[] = []
      for (let visit = 0; visit <= repeats; visit++) {
        const started = performance.now()
        const load = page.waitForEvent('load')
        await page.goto(`${cmsUrl}${screen.path}`, { waitUntil: 'commit' })
        await page.locator(screen.usableWhen).first().waitFor({ state: 'visible', timeout: 60_000 })
        const visible = performance.now() - started
        await load
        if (visit === 0) continue
        shown.push(visible)
        loaded.push(performance.now() - started)
      }
      print(`  ${screen.title.padEnd(20)} ${screen.path.padEnd(36)} shown ${Math.round(median(shown))} ms, loaded ${Math.round(median(loaded))} ms (median of ${repeats}, warm)`)
    }
  } finally {
    await browser.close()
  }
}
