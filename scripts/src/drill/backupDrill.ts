import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { repoRoot } from '../config'
import { describeFile, listFiles } from '../backup/archiveFiles'
import { MEDIA_FOLDER } from '../backup/manifest'
import { unpackArchive } from '../backup/unpackArchive'
import { runCommand } from '../process/runCommand'
import { CmsClient, waitUntilLive, type StaffLogin } from './cmsClient'
import { freeProductPorts, productEnv, startProduct, type RunningProduct } from './productUnderTest'

/** Collections whose counts a freshly started portal does not change (the audit log and builds grow at once). */
const CONTENT = ['articles', 'bulletins', 'practices', 'documents', 'units', 'reform-areas', 'media', 'users']

export type BackupDrillResult = {
  backupSeconds: number
  /** Drafts saved while the backup ran. */
  writesDuring: number
  restoreSeconds: number
  /** Content collections whose count in the restored portal differs from the manifest. */
  countsDiffering: string[]
  mediaFiles: number
  mediaDiffering: string[]
  signedIn: boolean
  /** Seconds from the restored portal's start until an article published before the backup was live on its site. */
  siteRebuiltSeconds: number
}

/**
 * `npm run backup` while an editor keeps saving, `npm run restore` into a fresh data folder, and the
 * restored portal started beside the first: the same counts as the manifest, the same media
 * files, the same administrator signing in, and its site rebuilt.
 */
export async function backupDrill(
  product: RunningProduct,
  staff: CmsClient,
  login: StaffLogin,
  workDir: string,
  log: (line: string) => void,
  productLog: (line: string) => void,
): Promise<BackupDrillResult> {
  const publishedBefore = await staff.publishArticle(`Diễn tập sao lưu: bài đã đăng ${new Date().toISOString()}`)
  await waitUntilLive(product.siteUrl, publishedBefore, Date.now())

  let writing = true
  let writesDuring = 0
  const writer = (async () => {
    for (let index = 1; writing; index += 1) {
      await staff.saveDraft(`Diễn tập sao lưu: bản nháp ${index} lúc ${new Date().toISOString()}`)
      writesDuring += 1
      await sleep(200)
    }
  })()
  const archive = path.join(workDir, 'drill-backup.tar.gz')
  const backupStarted = Date.now()
  await runCommand('backup', 'tsx', [path.join(repoRoot, 'scripts/src/backup.ts'), '--out', archive], { cwd: repoRoot, env: product.env }, log)
  const backupSeconds = (Date.now() - backupStarted) / 1000
  writing = false
  await writer
  log(`drill: backup written in ${backupSeconds.toFixed(1)} s while ${writesDuring} drafts were saved`)

  const checked = await mkdtemp(path.join(workDir, 'archive-'))
  const manifest = await unpackArchive(archive, checked)
  await rm(checked, { recursive: true, force: true })

  const restoredDir = path.join(workDir, 'restored')
  const ports = await freeProductPorts()
  const restoreStarted = Date.now()
  await runCommand('restore', 'tsx', [path.join(repoRoot, 'scripts/src/restore.ts'), archive], { cwd: repoRoot, env: productEnv(restoredDir, ports) }, log)
  const restoreSeconds = (Date.now() - restoreStarted) / 1000

  const started = Date.now()
  const restored = await startProduct(restoredDir, ports, productLog)
  try {
    const siteRebuiltSeconds = await waitUntilLive(restored.siteUrl, publishedBefore, started)
    const restoredStaff = new CmsClient(restored.cmsUrl)
    const signedIn = await restoredStaff.signIn(login).then(
      () => true,
      () => false,
    )
    const countsDiffering: string[] = []
    for (const collection of CONTENT) {
      const expected = manifest.collections[collection.replace(/-/g, '_')]
      const actual = signedIn ? await restoredStaff.count(collection) : undefined
      if (expected !== actual) countsDiffering.push(`${collection}: ${actual} in the restored portal, ${expected} in the manifest`)
    }
    const mediaDir = path.join(restoredDir, MEDIA_FOLDER)
    const mediaDiffering: string[] = []
    const listed = manifest.files.filter((file) => file.path.startsWith(`${MEDIA_FOLDER}/`))
    const present = new Set(await listFiles(mediaDir))
    for (const file of listed) {
      const name = file.path.slice(MEDIA_FOLDER.length + 1)
      if (!present.has(name) || (await describeFile(mediaDir, name)).sha256 !== file.sha256) mediaDiffering.push(name)
    }
    return { backupSeconds, writesDuring, restoreSeconds, countsDiffering, mediaFiles: listed.length, mediaDiffering, signedIn, siteRebuiltSeconds }
  } finally {
    await restored.stop()
  }
}
