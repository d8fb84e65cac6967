import type { CollectionBeforeValidateHook } from 'payload'
import { normalizeDeep } from '@reform/shared'

/** Every string a collection receives is stored as NFC, whatever the editor pasted. */
export const normalizeTextToNFC: CollectionBeforeValidateHook = ({ data }) => (data ? normalizeDeep(data) : data)
