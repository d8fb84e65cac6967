/** A row left out of an import: its number as the spreadsheet shows it (header = row 1), and why. */
export type SkippedRow = { row: number; reason: string }

/** The answer of `POST /api/mailing-lists/:id/import`: `total` rows read, `imported` + `skipped` of them. */
export type ImportReport = { imported: number; skipped: SkippedRow[]; total: number }

/** A row that may become a member of the list. */
export type SheetMember = { row: number; name: string; position: string | null; organisation: string | null; email: string }
