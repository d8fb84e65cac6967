// A populated relation (a whole document) and its bare id are the same value here.
const isDocument = (item: unknown): item is { id: unknown } => Boolean(item) && typeof item === 'object' && !Array.isArray(item) && 'id' in item! && 'updatedAt' in item!

const comparable = (value: unknown) => JSON.stringify(isDocument(value) ? value.id : (value ?? null), (_, item) => (isDocument(item) ? item.id : item))

/** Whether a field holds the same value before and after a write, relations compared by id. */
export const sameValue = (a: unknown, b: unknown): boolean => comparable(a) === comparable(b)
