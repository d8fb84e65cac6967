/** An error answer in Payload's own shape, `{ errors: [{ message }] }`, never cached. */
export const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })
