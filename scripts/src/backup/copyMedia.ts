import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { listMediaFiles } from './mediaAside'

/**
 * Copies every file below `mediaDir` into `into`, after the database snapshot. A file deleted
 * between its listing and its copy (its document was being deleted) is reported, not fatal.
 */
export async function copyMedia(mediaDir: string, into: string): Promise<{ missing: string[] }> {
  const missing: string[] = []
  for (const relative of await listMediaFiles(mediaDir)) {
    const target = path.join(into, relative)
    await mkdir(path.dirname(target), { recursive: true })
    try {
      await copyFile(path.join(mediaDir, relative), target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      missing.push(relative)
    }
  }
  return { missing }
}
