import type { Payload } from 'payload'
import React from 'react'
import { bulletinCadence } from './cadenceRows'
import { HeaderCells } from './HeaderCells'

const MONTHS_SHOWN = 6
const monthLabel = (key: string) => key.split('-').reverse().join('/')
const cell = { padding: '0.25rem 1rem 0.25rem 0', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' as const }

/** Dashboard panel: bulletin issues published per month against the target, this month first. */
export async function BulletinCadence({ payload }: { payload: Payload }) {
  const settings = await payload.findGlobal({ slug: 'settings' })
  const target = settings.bulletinsPerMonth ?? 4
  const since = new Date()
  since.setUTCMonth(since.getUTCMonth() - MONTHS_SHOWN)
  const { docs } = await payload.find({
    collection: 'bulletins',
    where: { and: [{ _status: { equals: 'published' } }, { issueDate: { greater_than_equal: since.toISOString() } }] },
    select: { issueDate: true },
    pagination: false,
    depth: 0,
  })
  const rows = bulletinCadence(
    docs.map((doc) => doc.issueDate),
    target,
    new Date(),
    MONTHS_SHOWN,
  )
  const current = rows[0]!
  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-labelledby="bulletin-cadence">
      <h2 id="bulletin-cadence">Nhịp phát hành bản tin</h2>
      <p style={{ fontWeight: 600, color: current.shortfall > 0 ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
        Tháng {monthLabel(current.month)}: đã phát hành {current.published}/{target} bản tin
        {current.shortfall > 0 ? ` — còn thiếu ${current.shortfall}.` : ' — đạt chỉ tiêu.'}
      </p>
      <table style={{ borderCollapse: 'collapse', minWidth: '24rem' }}>
        <thead>
          <tr>
            <HeaderCells headings={['Tháng', 'Đã phát hành', 'Chỉ tiêu', 'Còn thiếu']} style={cell} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <td style={cell}>{monthLabel(row.month)}</td>
              <td style={cell}>{row.published}</td>
              <td style={cell}>{row.target}</td>
              <td style={cell}>{row.shortfall}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
