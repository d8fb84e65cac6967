import { copyFile, mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { sha256File, type ArchiveFile } from './archiveFiles'
import { MEDIA_FOLDER } from './manifest'
import { OperatorError } from './operatorError'

/**
 * Moves the checked media files from the unpacked archive into MEDIA_DIR; where that is on another
 * file system they are copied and their checksum checked again.
 */
export async function placeMedia(unpacked: string, mediaDir: string, files: ArchiveFile[]): Promise<void> {
  for (const file of files.filter((entry) => entry.path.startsWith(`${MEDIA_FOLDER}/`))) {
    const from = path.join(unpacked, file.path)
    const to = path.join(mediaDir, file.path.slice(MEDIA_FOLDER.length + 1))
    await mkdir(path.dirname(to), { recursive: true })
    try {
      await rename(from, to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      await copyFile(from, to)
      if ((await sha256File(to)) !== file.sha256) throw new OperatorError(`${to} differs from the archive's copy after writing it: check the disk of ${mediaDir}.`)
    }
  }
}
