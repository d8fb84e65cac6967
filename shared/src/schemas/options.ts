import { z } from 'zod'

/** A zod enum of the `value`s of one of the shared option lists. */
export function enumOf<T extends readonly { value: string }[]>(list: T, error?: string) {
  return z.enum(list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]], error === undefined ? undefined : { error })
}

export const idList = (id: z.ZodType<number>) =>
  z
    .array(id)
    .nullish()
    .transform((ids) => ids ?? [])
