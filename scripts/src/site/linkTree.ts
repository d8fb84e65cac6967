import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'

/** Recreates the folder `from` at `to` with hard links to the same files (copies across file systems). */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) await linkTree(source, target)
    else await link(source, target).catch((error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? copyFile(source, target) : Promise.reject(error)))
  }
}
