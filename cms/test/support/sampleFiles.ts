import { samplePdf as pdf } from '../../../scripts/src/seed/samplePdf'

/** A small valid PDF for upload tests. */
export const samplePdf = (name = 'ke-hoach.pdf') => pdf('Ke hoach', name)

/** The Vietnamese messages of a Payload ValidationError, or the error's own message. */
export async function rejectionMessages(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    const data = (error as { data?: { errors?: Array<{ message: string }> } }).data
    return data?.errors?.map((entry) => entry.message) ?? [(error as Error).message]
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}
