import { mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { repoRoot } from '../config'
import { runCommand } from '../process/runCommand'

/** The mean size of the HTML pages of a release, so that the floor's pages weigh as much. */
export async function meanPageBytes(release: string): Promise<number> {
  const pages = (await readdir(release, { recursive: true })).filter((file) => file.endsWith('.html'))
  const sizes = await Promise.all(pages.map(async (file) => (await stat(path.join(release, file))).size))
  return Math.round(sizes.reduce((sum, size) => sum + size, 0) / Math.max(1, sizes.length))
}

const PARAGRAPH = 'Ủy ban nhân dân xã công khai thủ tục hành chính tại bộ phận một cửa, tiếp nhận hồ sơ trực tuyến và trả kết quả đúng hẹn cho người dân, doanh nghiệp. '

/**
 * The floor a full rebuild is compared with: the trivial Astro site of `pages` pages, one route
 * whose pages show a title and paragraphs of `pageBytes` in all, built by the project's own `astro`
 * with the public site's build settings. Its folder is in `workDir`, outside the checkout; its
 * `node_modules` is a link to the folder the site's `astro` is installed in (the checkout's when
 * npm hoists it), so `astro` resolves as the site's does, and Astro's and Vite's caches stay in
 * the folder instead of going through that link.
 */
export async function astroFloor(workDir: string, pages: number, pageBytes: number): Promise<{ build: () => Promise<number> }> {
  const root = path.join(workDir, 'astro-floor')
  await mkdir(path.join(root, 'src/pages'), { recursive: true })
  const installed = path.dirname(path.dirname(createRequire(path.join(repoRoot, 'site/package.json')).resolve('astro/package.json')))
  await symlink(installed, path.join(root, 'node_modules'), 'dir')
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }))
  await writeFile(
    path.join(root, 'astro.config.mjs'),
    `export default { build: { format: 'directory', concurrency: 4 }, compressHTML: true, cacheDir: './.astro-cache', vite: { cacheDir: './.vite' } }\n`,
  )
  const paragraphs = Math.max(1, Math.round(pageBytes / Buffer.byteLength(PARAGRAPH)))
  await writeFile(
    path.join(root, 'src/pages/[...slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { slug: \`trang/\${index + 1}\` }, props: { title: \`Trang thử số \${index + 1}\` } }))
}
const { title } = Astro.props
const paragraphs = Array.from({ length: ${paragraphs} }, () => ${JSON.stringify(PARAGRAPH)})
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1>{paragraphs.map((text) => <p>{text}</p>)}</main></body>
</html>
`,
  )
  const astro = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')
  return {
    build: async () => {
      // Each build from nothing, as the product's full rebuilds it is compared with.
      await Promise.all(['dist', '.astro-cache', '.vite', '.astro'].map((folder) => rm(path.join(root, folder), { recursive: true, force: true })))
      const started = Date.now()
      let built = ''
      await runCommand('astro floor', process.execPath, [astro, 'build'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }, (line) => {
        if (process.env.BENCH_LOG) console.log(line)
        built = /(\d+) page\(s\) built/.exec(line)?.[1] ?? built
      })
      const ms = Date.now() - started
      if (Number(built) !== pages) throw new Error(`The Astro floor built ${built || 'no'} pages, not ${pages}.`)
      return ms
    },
  }
}
