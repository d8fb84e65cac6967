import { randomInt } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { formatTrackingCode, TRACKING_CODE_ALPHABET } from '@reform/shared'
import { FEEDBACK_HANDLING_DAYS } from '../../globals/Settings'

// Vietnam keeps no daylight saving time: a day is always 24 hours there.
const DAY_MS = 24 * 60 * 60 * 1000

function newTrackingCode(): string {
  return formatTrackingCode(Array.from({ length: 10 }, () => TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)]).join(''))
}

/** A new item gets its tracking code and its due date (the handling period in the settings). */
export const receiveFeedback: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, req })
  return {
    ...data,
    trackingCode: newTrackingCode(),
    dueDate: data.dueDate ?? new Date(Date.now() + (settings.feedbackHandlingDays ?? FEEDBACK_HANDLING_DAYS) * DAY_MS).toISOString(),
  }
}
