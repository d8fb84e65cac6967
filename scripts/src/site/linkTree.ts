import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'

/**
 * Recreates the folder `from` at `to` with hard links to the same files (copies across file
 * systems), leaving out the top-level entries named in `except`. A release of a large site has
 * tens of thousands of files: the links are made many at a time.
 */
export async function linkTree(from: string, to: string, { except = [] }: { except?: string[] } = {}): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true })
  const skipped = except.map((name) => path.join(from, name))
  const wanted = entries.filter((entry) => !skipped.some((dir) => path.join(entry.parentPath, entry.name) === dir || entry.parentPath === dir || entry.parentPath.startsWith(dir + path.sep)))
  const target = (entry: (typeof entries)[number]) => path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)))
  await mkdir(to, { recursive: true })
  // Folders first (readdir lists a folder before what it holds), then every file at once.
  for (const entry of wanted) if (entry.isDirectory()) await mkdir(target(entry), { recursive: true })
  const linking = pLimit(64)
  await Promise.all(
    wanted
      .filter((entry) => !entry.isDirectory())
      .map((entry) =>
        linking(() => {
          const source = path.join(entry.parentPath, entry.name)
          return link(source, target(entry)).catch((error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? copyFile(source, target(entry)) : Promise.reject(error)))
        }),
      ),
  )
}
