/**
 * The full corpus (scale 1): ten years of a provincial CCHC portal. The national frame (the 34
 * province-level units and their departments, the former provinces, the reform areas, the
 * national documents) is always whole; the scale applies to everything else.
 *
 * Above 1 the portal grows as a bigger one would, not as a longer one: the same ten years, more
 * news, documents, practices, bulletin issues, images and communes reporting monthly figures.
 * Units and the provinces with index results or provincial figures are the real set, so they stop
 * at their scale-1 count.
 */
const CONTENT = {
  articles: 10_000,
  /** About four issues a month for ten years at scale 1; more issues a month above it. */
  bulletins: 480,
  practices: 1_000,
  images: 300,
  /** Communes with the 12 months since the reorganisation. */
  communesWithMonthlyFigures: 114,
}

const FRAME = {
  /** Communes, wards and special zones since 1 July 2025 (provinces-2025.json). */
  communeLevelUnits: 3_321,
  wards: 687,
  specialZones: 13,
  /** Communes and wards dissolved in 2025, kept for their history. */
  formerCommuneLevelUnits: 330,
  /** Provinces with yearly index results. */
  indexedProvinces: 34,
  /** Provinces with 48 months of procedure figures. */
  provincesWithMonthlyFigures: 34,
}

/** All documents at scale 1: the national ones, provincial ones for the rest. */
const FULL_DOCUMENTS = 2_000

/** The largest scale: four times the full corpus's content. */
export const MAX_SCALE = 4

export type CorpusSize = typeof CONTENT & typeof FRAME & { provincialDocuments: number }

const scaled = <T extends Record<string, number>>(counts: T, scale: number) =>
  Object.fromEntries(Object.entries(counts).map(([part, count]) => [part, Math.round(count * scale)])) as T

export function corpusSize(scale: number, nationalDocuments: number): CorpusSize {
  const content = scaled(CONTENT, scale)
  const frame = scaled(FRAME, Math.min(1, scale))
  return {
    ...content,
    ...frame,
    provincialDocuments: Math.round((FULL_DOCUMENTS - nationalDocuments) * scale),
    // At least one of each, so even a tiny corpus has hero images, figures and a numbered issue.
    images: Math.max(1, content.images),
    bulletins: Math.max(1, content.bulletins),
    indexedProvinces: Math.max(1, frame.indexedProvinces),
    provincesWithMonthlyFigures: Math.max(1, frame.provincesWithMonthlyFigures),
  }
}
