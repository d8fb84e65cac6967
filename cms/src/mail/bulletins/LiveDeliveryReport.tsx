'use client'
import React, { useEffect, useState } from 'react'
import { inProgress, loadDeliveryReport, REPORT_POLL_MS, REPORT_REFRESH_EVENT, type DeliveryReport, type ReportScope } from './deliveryReport'
import { DeliveryReportTable } from './DeliveryReportTable'
import { restFinder } from './restFinder'

const adminFetch = (path: string) => fetch(path, { credentials: 'include', cache: 'no-store' })

/**
 * The report as the server rendered it, asked again every few seconds while a sending is not done
 * (and at once when the panel starts one). Re-rendering the server component instead would reset
 * the edit form and lose unsaved changes.
 */
export function LiveDeliveryReport({ initial, scope }: { initial: DeliveryReport; scope: ReportScope }) {
  const [report, setReport] = useState(initial)
  const polling = report.rows.some(inProgress)
  const { by, id } = scope
  useEffect(() => {
    let current = true
    // A failed refresh keeps the last report on screen; the next one tries again.
    const refresh = () =>
      loadDeliveryReport(restFinder(adminFetch), { by, id }).then(
        (next) => current && setReport(next),
        () => undefined,
      )
    const timer = polling ? setInterval(refresh, REPORT_POLL_MS) : undefined
    window.addEventListener(REPORT_REFRESH_EVENT, refresh)
    return () => {
      current = false
      clearInterval(timer)
      window.removeEventListener(REPORT_REFRESH_EVENT, refresh)
    }
  }, [by, id, polling])
  return <DeliveryReportTable report={report} scope={scope} />
}
