import type { Page } from 'playwright-core'

/**
 * Types `query` into the open search page, submits it and returns the result titles in order once
 * the page says it has searched for that query.
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('#tu-khoa', query)
  await page.press('#tu-khoa', 'Enter')
  await page.waitForFunction((text) => document.getElementById('search-status')?.textContent?.includes(`“${text}”`), query, { timeout: 15_000 })
  return page.locator('.search-result__title a').allTextContents()
}
