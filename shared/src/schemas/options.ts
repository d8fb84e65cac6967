import { z } from 'zod'

/** A zod enum of the `value`s of one of the shared option lists. */
export function enumOf<T extends readonly { value: string }[]>(list: T) {
  return z.enum(list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]])
}

export const idList = (id: z.ZodType<number>) => z.array(id).nullish().transform((ids) => ids ?? [])
