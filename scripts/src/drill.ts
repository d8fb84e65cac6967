import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CmsClient } from './drill/cmsClient'
import { killTable } from './drill/drillTable'
import { killDrill } from './drill/killDrill'
import { freeProductPorts, startProduct, type RunningProduct } from './drill/productUnderTest'

/**
 * `npm run drill`: runs the product (`npm start`, in a fresh data folder on free ports, so the one
 * you use is never touched), kills each of its children in turn while the site is polled, and prints
 * what was killed, how long until it was back, and the requests that failed.
 * `DRILL_LOG=1` shows npm start's own lines too.
 */
const workDir = await mkdtemp(path.join(tmpdir(), 'reform-drill-'))
const log = (line: string) => console.log(line)
const productLog = process.env.DRILL_LOG ? (line: string) => console.log(`  | ${line}`) : () => {}
let product: RunningProduct | undefined
try {
  console.log('drill: starting the product (npm start) in a fresh data folder…')
  product = await startProduct(path.join(workDir, 'data'), await freeProductPorts(), productLog)
  const staff = new CmsClient(product.cmsUrl)
  await staff.registerFirstAdmin({ email: 'quantri@drill.example.gov.vn', password: 'Mật-khẩu-diễn-tập-2026' })
  const killed = await killDrill(product, staff, log)
  console.log(`\n${killTable(killed)}\n`)
} finally {
  await product?.stop()
  await rm(workDir, { recursive: true, force: true })
}
