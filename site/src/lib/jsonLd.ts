/** JSON for a `<script type="application/ld+json">` block: "<" escaped so no text can close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
