import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listFiles } from '../src/backup/archiveFiles'
import { listMediaFiles, setMediaAside } from '../src/backup/mediaAside'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

describe('media set aside by a restore with --replace', () => {
  it('stay inside MEDIA_DIR (a volume root cannot be renamed), and are neither counted nor backed up again', async () => {
    const mediaDir = await mkdtemp(path.join(tmpdir(), 'reform-media-'))
    dirs.push(mediaDir)
    await writeFile(path.join(mediaDir, 'anh-dai-dien.webp'), 'ảnh')
    await mkdir(path.join(mediaDir, 'tai-lieu'))
    await writeFile(path.join(mediaDir, 'tai-lieu', 'ke-hoach-145.pdf'), '%PDF')

    const first = await setMediaAside(mediaDir, '20261203-101500')
    expect(first).toBe(path.join(mediaDir, '.before-restore-20261203-101500'))
    expect(await readdir(mediaDir)).toEqual(['.before-restore-20261203-101500'])
    expect(await listFiles(first)).toEqual(['anh-dai-dien.webp', 'tai-lieu/ke-hoach-145.pdf'])
    expect(await listMediaFiles(mediaDir)).toEqual([])

    // The restored files, then a second --replace: the first set-aside folder is left where it is.
    await writeFile(path.join(mediaDir, 'anh-moi.webp'), 'ảnh mới')
    expect(await listMediaFiles(mediaDir)).toEqual(['anh-moi.webp'])
    const second = await setMediaAside(mediaDir, '20261204-080000')
    expect((await readdir(mediaDir)).sort()).toEqual(['.before-restore-20261203-101500', '.before-restore-20261204-080000'])
    expect(await listFiles(second)).toEqual(['anh-moi.webp'])
  })
})
