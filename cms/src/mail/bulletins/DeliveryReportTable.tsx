import React from 'react'
import { HeaderCells } from '../../components/HeaderCells'
import { failedDeliveriesHref, type DeliveryReport, type ReportRow, type ReportScope } from './deliveryReport'
import { formatCount } from './sendBulletinText'

const cell = { padding: '0.25rem 0.75rem 0.25rem 0', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' as const, verticalAlign: 'top' as const }
const number = { ...cell, textAlign: 'right' as const }
const table = { borderCollapse: 'collapse' as const, width: '100%' }
const STATUS_COLOURS: Record<ReportRow['status'], string> = {
  queued: 'var(--theme-warning-500)',
  sending: 'var(--theme-warning-500)',
  waiting: 'var(--theme-error-500)',
  done: 'var(--theme-success-500)',
}
const COUNT_HEADINGS = [
  ['recipients', 'Người nhận'],
  ['sent', 'Đã gửi'],
  ['failed', 'Lỗi'],
  ['bounced', 'Bị trả lại'],
  ['uncertain', 'Không rõ'],
  ['unsubscribed', 'Hủy nhận sau đó'],
] as const

function SendingRow({ row, linked }: { row: ReportRow; linked: boolean }) {
  return (
    <tr>
      <th scope="row" style={cell}>
        {linked ? <a href={row.href}>{row.when}</a> : row.when}
      </th>
      <td style={cell}>{row.by}</td>
      <td style={cell}>{row.to}</td>
      <td style={{ ...cell, borderLeft: `4px solid ${STATUS_COLOURS[row.status]}`, paddingLeft: '0.5rem' }}>
        {row.statusText}
        {row.failures && (
          <>
            <br />
            <a href={row.failures.href}>Xem {formatCount(row.failures.count)} thư không gửi được</a>
          </>
        )}
      </td>
      {COUNT_HEADINGS.map(([key]) => (
        <td key={key} style={number}>
          {formatCount(row.counts[key])}
        </td>
      ))}
    </tr>
  )
}

function Failures({ failures, href }: { failures: NonNullable<DeliveryReport['failures']>; href: string }) {
  if (failures.total === 0) return <p>Không có thư nào lỗi, bị trả lại hay không rõ.</p>
  return (
    <table style={{ ...table, marginTop: 'var(--base)' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>Thư không gửi được ({formatCount(failures.total)})</caption>
      <thead>
        <tr>
          <HeaderCells headings={['Địa chỉ', 'Tình trạng', 'Trả lời của máy chủ thư', 'Số lần thử']} style={cell} />
        </tr>
      </thead>
      <tbody>
        {failures.rows.map((failure) => (
          <tr key={failure.id}>
            <th scope="row" style={cell}>
              {failure.address}
            </th>
            <td style={cell}>{failure.status}</td>
            <td style={cell}>{failure.answer}</td>
            <td style={number}>{failure.attempts}</td>
          </tr>
        ))}
      </tbody>
      {failures.total > failures.rows.length && (
        <tfoot>
          <tr>
            <td colSpan={4} style={cell}>
              <a href={href}>Xem cả {formatCount(failures.total)} thư trong danh sách thư gửi đi</a>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  )
}

/** The delivery report as markup: the same for the first render on the server and for each refresh in the browser. */
export function DeliveryReportTable({ report, scope }: { report: DeliveryReport; scope: ReportScope }) {
  const { rows } = report
  return (
    <section aria-labelledby="delivery-report" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="delivery-report">Báo cáo gửi thư</h3>
      {rows.length === 0 ? (
        <p>Bản tin này chưa được gửi qua thư điện tử.</p>
      ) : (
        <>
          <table style={table}>
            <thead>
              <tr>
                <HeaderCells headings={['Thời điểm', 'Người gửi', 'Gửi tới', 'Trạng thái']} style={cell} />
                <HeaderCells headings={COUNT_HEADINGS} style={number} />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <SendingRow key={row.id} row={row} linked={scope.by === 'bulletin'} />
              ))}
            </tbody>
          </table>
          <p style={{ color: 'var(--theme-elevation-500)' }}>
            Không rõ: gián đoạn khi đang gửi, không biết máy chủ thư đã nhận hay chưa; những thư này không được tự gửi lại. Hủy nhận sau đó: người nhận đã bấm liên kết hủy nhận
            trong thư này.
          </p>
        </>
      )}
      {report.failures && <Failures failures={report.failures} href={failedDeliveriesHref(scope.id)} />}
    </section>
  )
}
