import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The collection with `extra` hooks run after its own, for plugins. */
export function appendHooks(collection: CollectionConfig, extra: Hooks): CollectionConfig {
  const hooks: Record<string, unknown[] | undefined> = { ...collection.hooks }
  for (const [name, added] of Object.entries(extra)) hooks[name] = [...(hooks[name] ?? []), ...(added as unknown[])]
  return { ...collection, hooks: hooks as Hooks }
}
