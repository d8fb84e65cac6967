'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useId, useState } from 'react'
import { IMPORT_LIMITS } from './import/importLimits'
import type { ImportReport } from './import/importReport'

type Outcome = { report: ImportReport; dryRun: boolean } | { error: string }

const number = new Intl.NumberFormat('vi-VN')
const MAX_MEGABYTES = number.format(IMPORT_LIMITS.maxFileBytes / 1024 / 1024)

function summary({ report, dryRun }: { report: ImportReport; dryRun: boolean }): string {
  const skipped = report.skipped.length ? ` ${number.format(report.skipped.length)} dòng ${dryRun ? 'sẽ bị' : 'bị'} bỏ qua, lý do ở bảng dưới.` : ''
  return dryRun
    ? `Kiểm tra xong ${number.format(report.total)} dòng: ${number.format(report.imported)} người sẽ được nhập.${skipped} Chưa có gì được ghi.`
    : `Đã nhập ${number.format(report.imported)} người nhận (trong ${number.format(report.total)} dòng).${skipped}`
}

/**
 * "Nhập từ tệp CSV hoặc Excel" on a saved mailing list: check a sheet (dry run), then import it,
 * and see which rows were left out and why.
 */
export function ImportMembers() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const inputId = useId()
  const hintId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  // A list not saved yet has no id to import into.
  if (id === undefined || id === null) return null
  const api = `${config.serverURL}${config.routes.api}/mailing-lists`

  async function send(dryRun: boolean) {
    if (!file) return setOutcome({ error: 'Hãy chọn tệp CSV hoặc Excel trước.' })
    if (file.size > IMPORT_LIMITS.maxFileBytes) return setOutcome({ error: `Tệp quá lớn: mỗi lần chỉ nhập được tệp đến ${MAX_MEGABYTES} MB.` })
    setBusy(true)
    setOutcome(null)
    try {
      const body = new FormData()
      body.append('file', file)
      const response = await fetch(`${api}/${id}/import${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body, credentials: 'include' })
      const answer = await response.json()
      setOutcome(response.ok ? { report: answer as ImportReport, dryRun } : { error: answer?.errors?.[0]?.message ?? 'Không nhập được tệp này.' })
    } catch {
      setOutcome({ error: 'Không gửi được tệp: hãy kiểm tra kết nối mạng rồi thử lại.' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 'var(--base)', marginBottom: 'var(--spacing-field)' }}>
      <legend style={{ fontWeight: 600, padding: '0 0.5rem' }}>Nhập từ tệp CSV hoặc Excel</legend>
      <p id={hintId} style={{ marginTop: 0 }}>
        Dòng đầu là tiêu đề cột: “Họ và tên”, “Chức vụ”, “Cơ quan, đơn vị”, “Email”. Tệp CSV cần lưu dạng “CSV UTF-8”; tối đa {MAX_MEGABYTES} MB,{' '}
        {number.format(IMPORT_LIMITS.maxRows)} dòng. Nên bấm “Kiểm tra trước” để xem các dòng sẽ bị bỏ qua.{' '}
        <a href={`${api}/import-template.csv`} download>
          Tải tệp mẫu (CSV)
        </a>
      </p>
      <label htmlFor={inputId} style={{ display: 'block', marginBottom: '0.25rem' }}>
        Tệp danh sách (CSV hoặc Excel .xlsx)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={hintId}
        disabled={busy}
        style={{ display: 'block', marginBottom: '0.5rem' }}
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null)
          setOutcome(null)
        }}
      />
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <Button type="button" buttonStyle="secondary" disabled={busy || !file} onClick={() => void send(true)}>
          Kiểm tra trước
        </Button>
        <Button type="button" buttonStyle="primary" disabled={busy || !file} onClick={() => void send(false)}>
          Nhập
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {busy ? <p>Đang đọc tệp…</p> : null}
        {outcome && 'report' in outcome ? (
          <>
            <p>{summary(outcome)}</p>
            {!outcome.dryRun && outcome.report.imported > 0 ? (
              <Button type="button" buttonStyle="secondary" size="small" onClick={() => window.location.reload()}>
                Tải lại trang để xem thành viên mới
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      {outcome && 'error' in outcome ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {outcome.error}
        </p>
      ) : null}
      {outcome && 'report' in outcome && outcome.report.skipped.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', marginTop: '0.5rem' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.25rem' }}>Các dòng bị bỏ qua</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'right', padding: '0.25rem 0.75rem 0.25rem 0' }}>
                Dòng
              </th>
              <th scope="col" style={{ textAlign: 'left', padding: '0.25rem 0' }}>
                Lý do
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.report.skipped.map(({ row, reason }) => (
              <tr key={row} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
                <td style={{ textAlign: 'right', padding: '0.25rem 0.75rem 0.25rem 0' }}>{row}</td>
                <td style={{ padding: '0.25rem 0' }}>{reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </fieldset>
  )
}
