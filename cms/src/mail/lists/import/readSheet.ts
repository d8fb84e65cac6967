/** The sheet reading of the mailing-list import, for other imports (npm run import -- documents). */
export { cleanCell } from './cleanCell'
export { headerKey } from './headerKey'
export { ImportRefusal } from './ImportRefusal'
export { readSheetRows } from './readSheetRows'
