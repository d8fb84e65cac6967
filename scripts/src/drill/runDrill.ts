import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isProcessRunning } from '../process/isProcessRunning'
import { backupDrill, type BackupDrillResult } from './backupDrill'
import { CmsClient, type StaffLogin } from './cmsClient'
import { killDrill, type KillResult } from './killDrill'
import { freeProductPorts, startProduct, type RunningProduct } from './productUnderTest'

export type DrillResult = { killed: KillResult[]; backup: BackupDrillResult; leftRunning: number[] }

const ADMIN: StaffLogin = { email: 'quantri@drill.example.gov.vn', password: 'Mật-khẩu-diễn-tập-2026' }

/**
 * The whole drill on a product of its own (a fresh data folder, free ports), so the one people use
 * is never touched: the kill drill, then the backup drill, then a Ctrl-C, and which of the
 * processes npm start had said it ran are still there afterwards.
 */
export async function runDrill(log: (line: string) => void, productLog: (line: string) => void): Promise<DrillResult> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'reform-drill-'))
  let product: RunningProduct | undefined
  try {
    log('drill: starting the product (npm start) in a fresh data folder…')
    product = await startProduct(path.join(workDir, 'data'), await freeProductPorts(), productLog)
    const staff = new CmsClient(product.cmsUrl)
    await staff.registerFirstAdmin(ADMIN)
    const killed = await killDrill(product, staff, log)
    const backup = await backupDrill(product, staff, ADMIN, workDir, log, productLog)
    const pids = Object.values(await product.children()).flatMap((child) => (child.pid ? [child.pid] : []))
    await product.stop()
    product = undefined
    return { killed, backup, leftRunning: pids.filter(isProcessRunning) }
  } finally {
    await product?.stop()
    await rm(workDir, { recursive: true, force: true })
  }
}
