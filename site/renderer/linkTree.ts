import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'

/**
 * Hard-links the given files (paths relative to `from`) to the same paths below `to` (copies
 * across file systems), making the folders they need. A release of a large site has tens of
 * thousands of files: the links are made many at a time.
 */
export async function linkFiles(from: string, to: string, files: string[]): Promise<void> {
  const linking = pLimit(64)
  const folders = new Set(files.map((file) => path.dirname(file)))
  await Promise.all([...folders].map((folder) => linking(() => mkdir(path.join(to, folder), { recursive: true }))))
  await Promise.all(
    files.map((file) =>
      linking(() => {
        const source = path.join(from, file)
        const target = path.join(to, file)
        return link(source, target).catch((error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? copyFile(source, target) : Promise.reject(error)))
      }),
    ),
  )
}

/**
 * Recreates the folder `from` at `to` with hard links to the same files, leaving out the
 * top-level entries named in `except`.
 */
export async function linkTree(from: string, to: string, { except = [] }: { except?: string[] } = {}): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)))
    .filter((file) => !except.includes(file.split(path.sep)[0]!))
  await mkdir(to, { recursive: true })
  await linkFiles(from, to, files)
}
