import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { siteCodeHash } from '../renderer/siteCodeHash'

const SITE_URL = 'https://cchc.example.gov.vn/'
let repo: string
const site = () => path.join(repo, 'site')

async function put(file: string, text: string) {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true })
  await writeFile(path.join(repo, file), text)
}

beforeEach(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'reform-code-'))
  await put('site/astro.config.mjs', 'export default {}')
  await put('site/src/pages/index.astro', '<h1>Trang chủ</h1>')
  await put('shared/src/urls/publicPaths.ts', "export const home = '/'")
  await put('package-lock.json', '{"lockfileVersion":3}')
})

afterEach(() => rm(repo, { recursive: true, force: true }))

// Pages of the live release are reused only under the same digest: any change to what renders them must change it.
describe('the digest of the site code that pages of a release were rendered with', () => {
  it('stays the same for the same code and address', async () => {
    expect(await siteCodeHash(site(), SITE_URL)).toBe(await siteCodeHash(site(), SITE_URL))
  })

  it('changes with a page, shared code, the configuration, the dependencies, a new file or the public address', async () => {
    const seen = new Set([await siteCodeHash(site(), SITE_URL)])
    const changes = [
      () => put('site/src/pages/index.astro', '<h1>Trang chủ mới</h1>'),
      () => put('shared/src/urls/publicPaths.ts', "export const home = '/trang-chu/'"),
      () => put('site/astro.config.mjs', 'export default { trailingSlash: "never" }'),
      () => put('package-lock.json', '{"lockfileVersion":3,"packages":{}}'),
      () => put('site/src/components/Footer.astro', '<footer />'),
    ]
    for (const change of changes) {
      await change()
      seen.add(await siteCodeHash(site(), SITE_URL))
    }
    seen.add(await siteCodeHash(site(), 'https://cchc.other.gov.vn/'))
    expect(seen.size).toBe(changes.length + 2)
  })
})
