import { formatDateVi } from '../dates/vietnamTime'
import { spokenText } from './spokenText'

/** The calendar day of a moment in Vietnam, as said: "ngày một tháng một năm hai nghìn không trăm hai mươi sáu". */
export function spokenDate(value: Date | string | number): string {
  return spokenText(`ngày ${formatDateVi(value)}`)
}
