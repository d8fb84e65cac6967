/** A made PDF as a static endpoint's answer. */
export const pdfResponse = (pdf: Buffer): Response => new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } })
