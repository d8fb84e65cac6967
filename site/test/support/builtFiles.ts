import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** Every file of a built site, as paths relative to its root. */
export async function listBuiltFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

export function readBuilt(root: string, file: string): Promise<string> {
  return readFile(path.join(root, file), 'utf8')
}
