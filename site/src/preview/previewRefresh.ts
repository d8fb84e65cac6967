/** How often the preview server brings its content store up to date (on a preview request). */
export const PREVIEW_REFRESH_MS = 10_000
