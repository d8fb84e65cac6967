import { parseBuffer, parseFile } from 'music-metadata'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

type Upload = NonNullable<PayloadRequest['file']>

/** The recording's length in seconds, as its own headers or frames tell it; undefined if they do not. */
async function durationOf(file: Upload, mimeType: string | undefined): Promise<number | undefined> {
  const options = { duration: true, skipCovers: true }
  const metadata = file.data?.length
    ? await parseBuffer(file.data, { mimeType, size: file.data.length }, options)
    : file.tempFilePath
      ? await parseFile(file.tempFilePath, options)
      : undefined
  const seconds = metadata?.format.duration
  return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
}

/**
 * An uploaded or replaced recording's length, in whole seconds, into `durationSeconds` (the radio
 * feed's itunes:duration). A file whose length cannot be read is still kept, without one; the log
 * gets one line, naming neither the file nor who sent it. Saves without a new file leave it alone.
 */
export const readAudioDuration: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const mimeType = typeof data.mimeType === 'string' ? data.mimeType : undefined
  // Payload sets the size it found on the document; the request's file may have lost it by now.
  const bytes = typeof data.filesize === 'number' ? data.filesize : file.data?.length
  let seconds: number | undefined
  let reason = 'no duration in the file'
  try {
    seconds = await durationOf(file, mimeType)
  } catch (error) {
    // The parser's own words (one line), never the file's name: it may name a person.
    reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200)
  }
  if (seconds === undefined) {
    req.payload.logger.warn(`Audio upload: could not read the duration of a file of ${bytes} bytes (${reason}); saved without one.`)
  }
  return { ...data, durationSeconds: seconds === undefined ? null : Math.round(seconds) }
}
