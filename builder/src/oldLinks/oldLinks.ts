import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { oldLinksOf, publicPaths, type ImportSource, type OldLink } from '@reform/shared'

/** Every published imported article and document's old addresses → its page, from the database as it is now. */
export async function collectRedirects(payload: Payload): Promise<OldLink[]> {
  const items: { to: string; source: ImportSource }[] = []
  for (const [collection, pathOf] of [
    ['articles', publicPaths.article],
    ['documents', publicPaths.document],
  ] as const) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      where: { and: [{ _status: { equals: 'published' } }, { 'importSource.system': { exists: true } }] },
      select: { slug: true, importSource: true },
      sort: 'id',
    })
    for (const doc of docs) if (doc.slug && doc.importSource) items.push({ to: pathOf(doc.slug), source: doc.importSource })
  }
  // In the order the site's own redirect pages take them (site/src/lib/movedPages.ts): the same item keeps a contested address.
  return oldLinksOf(items)
}

/** The folder beside the releases the maps are written to (deploy/nginx/nginx.conf includes them from there). */
export const OLD_LINKS_DIR = 'old-links'

const MAP_FILES = { path: 'old-paths.map', request: 'old-requests.map' } as const

/** Written with the maps: what they were made from, so that the same redirects are not written again. */
const DIGEST_FILE = 'digest'

/**
 * Writes the redirects of imported items into `dir`: `old-paths.map` and `old-requests.map`, the
 * entries of two nginx `map` blocks (deploy/nginx/nginx.conf includes them; the local server of
 * `npm start` reads them with readRedirects). Static hosts need none of it: every release carries
 * the same redirects as pages and tables of its own (site/src/pages/[...moved].ts). Written aside
 * and swapped in whole; nothing is written when the redirects are those already there
 * (`written: false`).
 */
export async function writeRedirects(payload: Payload, dir: string): Promise<{ paths: number; requests: number; written: boolean }> {
  const redirects = await collectRedirects(payload)
  const paths = redirects.filter((redirect) => redirect.kind === 'path')
  const requests = redirects.filter((redirect) => redirect.kind === 'request')
  const digest = createHash('sha256').update(JSON.stringify(redirects)).digest('hex')
  if ((await readFile(path.join(dir, DIGEST_FILE), 'utf8').catch(() => '')) === digest) return { paths: paths.length, requests: requests.length, written: false }
  const next = `${dir}.next`
  await rm(next, { recursive: true, force: true })
  await mkdir(next, { recursive: true })
  const header = '# Written from the published imported articles and documents (by the builder after each build, and by `npm run import`); do not edit.\n'
  for (const [kind, list] of [
    ['path', paths],
    ['request', requests],
  ] as const) {
    await writeFile(path.join(next, MAP_FILES[kind]), header + list.map(({ from, to }) => `"${from}" "${to}";`).join('\n') + '\n')
  }
  // Last: a folder without it is written again next time.
  await writeFile(path.join(next, DIGEST_FILE), digest)
  await rm(`${dir}.old`, { recursive: true, force: true })
  await rename(dir, `${dir}.old`).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(next, dir)
  await rm(`${dir}.old`, { recursive: true, force: true })
  return { paths: paths.length, requests: requests.length, written: true }
}

/** The redirects of the maps in `dir` as nginx matches them: by decoded path ($uri) and by path with query ($request_uri); `digest` says which writing they are. */
export type RedirectMaps = { byPath: Map<string, string>; byRequest: Map<string, string>; digest: string }

/** Reads the maps writeRedirects wrote into `dir` (empty when there are none); `known` is handed back when they are still those. */
export async function readRedirects(dir: string, known?: RedirectMaps): Promise<RedirectMaps> {
  const digest = await readFile(path.join(dir, DIGEST_FILE), 'utf8').catch(() => '')
  if (known?.digest === digest) return known
  const read = async (kind: keyof typeof MAP_FILES) =>
    new Map([...(await readFile(path.join(dir, MAP_FILES[kind]), 'utf8').catch(() => '')).matchAll(/^"([^"]+)" "([^"]+)";$/gm)].map(([, from, to]) => [from!, to!] as const))
  return { byPath: await read('path'), byRequest: await read('request'), digest }
}
