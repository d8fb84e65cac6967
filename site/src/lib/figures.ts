import { INDEX_NAMES, optionLabel } from '@reform/shared'
import { getIndexResults, getProcedureStats } from './content'

const indexLabel = (index: string, other?: string | null) => other ?? optionLabel(INDEX_NAMES, index)

/** One row per index result, oldest year first: what the charts draw and the downloads hold. */
export async function indexRows() {
  return (await getIndexResults())
    .map((result) => ({
      chiSo: indexLabel(result.index, result.otherIndexName),
      nam: result.year,
      donVi: result.unit?.name ?? '',
      diem: result.score,
      thangDiem: result.maxScore ?? null,
      xepHang: result.rank ?? null,
    }))
    .sort((a, b) => a.chiSo.localeCompare(b.chiSo, 'vi') || a.donVi.localeCompare(b.donVi, 'vi') || a.nam - b.nam)
}

/** One row per unit and month, oldest month first. */
export async function procedureRows() {
  return (await getProcedureStats()).map((row) => ({
    donVi: row.unit?.name ?? '',
    thang: row.month,
    tiepNhan: row.received,
    dungHan: row.onTime,
    quaHan: row.late,
    dangGiaiQuyet: row.pending,
    tyLeTrucTuyen: row.onlineShare ?? null,
  }))
}

/** Rows grouped by a key, in first-seen order. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return [...groups]
}

/** Column headings of the downloads, in Vietnamese. */
export const INDEX_COLUMNS = { chiSo: 'Chỉ số', nam: 'Năm', donVi: 'Đơn vị', diem: 'Điểm', thangDiem: 'Thang điểm', xepHang: 'Xếp hạng' }
export const PROCEDURE_COLUMNS = {
  donVi: 'Đơn vị',
  thang: 'Tháng',
  tiepNhan: 'Tiếp nhận',
  dungHan: 'Giải quyết đúng hạn',
  quaHan: 'Giải quyết quá hạn',
  dangGiaiQuyet: 'Đang giải quyết',
  tyLeTrucTuyen: 'Tỷ lệ nộp trực tuyến (%)',
}
