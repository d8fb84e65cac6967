import QRCode from 'qrcode'
import type { CanvasElement, ContentCanvas } from 'pdfmake/interfaces'

/** Four modules of white round the code, as the QR standard asks, inside the drawn square. */
const QUIET_ZONE = 4

/**
 * A QR code of `url` as vector squares `size` points wide (quiet zone included): crisp at any
 * print size, and one rectangle per run of dark modules in a row keeps the page small.
 */
export function qrCode(url: string, size: number): ContentCanvas {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const cell = size / (modules.size + 2 * QUIET_ZONE)
  const squares: CanvasElement[] = [{ type: 'rect', x: 0, y: 0, w: size, h: size, color: '#ffffff' }]
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue
      const start = column
      while (column + 1 < modules.size && modules.get(row, column + 1)) column++
      squares.push({
        type: 'rect',
        x: (QUIET_ZONE + start) * cell,
        y: (QUIET_ZONE + row) * cell,
        w: (column - start + 1) * cell,
        h: cell,
        color: '#000000',
      })
    }
  }
  return { canvas: squares }
}
