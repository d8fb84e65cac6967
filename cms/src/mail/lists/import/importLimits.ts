/** How much one import may bring: a sheet of a province's leaders is a few hundred rows. */
export const IMPORT_LIMITS = {
  maxFileBytes: 5 * 1024 * 1024,
  maxRows: 20_000,
} as const
