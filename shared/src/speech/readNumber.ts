import { doReadNumber, ReadingConfig } from 'read-vietnamese-number'

const config = new ReadingConfig()
config.unit = []
config.pointText = 'phẩy'

/** Longer runs of digits are codes (an ID card, a phone number), said digit by digit. */
const LONGEST_AMOUNT = 15

/**
 * A number written the Vietnamese way, in words: "1.234" (a thousand-separating dot) → "một nghìn
 * hai trăm ba mươi tư", "95,5" (a decimal comma) → "chín mươi lăm phẩy năm". Digits with a leading
 * zero ("0912…", "007") or too many to be an amount are read one by one; "1.5" or "3.2.1"
 * (numbered sections, not thousands) part by part with "chấm".
 */
export function readNumber(written: string): string {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(written)) return doReadNumber(written.replaceAll('.', '').replace(',', '.'), config)
  if (written.includes('.')) return written.split('.').map(readNumber).join(' chấm ')
  if (/^0\d+$/.test(written) || written.length > LONGEST_AMOUNT) return [...written].map((digit) => config.digits[Number(digit)] ?? digit).join(' ')
  return doReadNumber(written.replace(',', '.'), config)
}
