/**
 * The full corpus (scale 1): ten years of a provincial CCHC portal. The national frame (the 34
 * province-level units and their departments, the former provinces, the reform areas, the
 * national documents) is always whole; the scale applies to everything else.
 */
const FULL = {
  articles: 10_000,
  /** About four issues a month for ten years. */
  bulletins: 480,
  practices: 1_000,
  /** Communes, wards and special zones since 1 July 2025 (provinces-2025.json). */
  communeLevelUnits: 3_321,
  wards: 687,
  specialZones: 13,
  /** Communes and wards dissolved in 2025, kept for their history. */
  formerCommuneLevelUnits: 330,
  images: 300,
  /** Provinces with yearly index results. */
  indexedProvinces: 34,
  /** Provinces with 48 months of procedure figures, and communes with the 12 months since the reorganisation. */
  provincesWithMonthlyFigures: 34,
  communesWithMonthlyFigures: 114,
}

/** All documents at scale 1: the national ones, provincial ones for the rest. */
const FULL_DOCUMENTS = 2_000

export type CorpusSize = typeof FULL & { provincialDocuments: number }

export function corpusSize(scale: number, nationalDocuments: number): CorpusSize {
  const scaled = Object.fromEntries(Object.entries(FULL).map(([part, count]) => [part, Math.round(count * scale)])) as typeof FULL
  return {
    ...scaled,
    provincialDocuments: Math.round((FULL_DOCUMENTS - nationalDocuments) * scale),
    // At least one of each, so even a tiny corpus has hero images, figures and a numbered issue.
    images: Math.max(1, scaled.images),
    bulletins: Math.max(1, scaled.bulletins),
    indexedProvinces: Math.max(1, scaled.indexedProvinces),
    provincesWithMonthlyFigures: Math.max(1, scaled.provincesWithMonthlyFigures),
  }
}
