import type { CollectionBeforeChangeHook } from 'payload'

/** A document published without a date takes the moment of publication. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data
