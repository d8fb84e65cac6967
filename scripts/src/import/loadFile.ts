import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { fetchLimited } from './fetchLimited'
import type { ImageRef } from './items'

/** A file as Payload's Local API takes an upload. */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

const IMAGE_TYPES: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif', heif: 'image/avif' }

/**
 * A name of its own for an imported file: its old name and a short digest of its old id, so two
 * `anh-1.jpg` from different folders or hosts never race for one name.
 */
export function importedFileName(key: string, original: string): string {
  const { name, ext } = path.parse(original.split(/[?#]/)[0]!)
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 8)
  return `${name.slice(0, 80) || 'tep'}-${digest}${ext.toLowerCase()}`
}

/** An image's bytes, read or fetched, checked to be an image sharp reads (a broken one would fail its item's transaction). */
export async function loadImage(image: ImageRef): Promise<UploadFile> {
  const data = image.file ? await readFile(image.file) : (await fetchLimited(image.url!)).data
  const format = await sharp(data)
    .metadata()
    .then((metadata) => metadata.format)
    .catch(() => undefined)
  const mimetype = format && IMAGE_TYPES[format]
  if (!mimetype) throw new Error('not an image the CMS takes (JPEG, PNG, WebP, GIF, AVIF)')
  return { data, mimetype, name: importedFileName(image.key, image.file ?? new URL(image.url!).pathname), size: data.length }
}

const DOCUMENT_TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }

/** A document's file from the --files folder (PDF or DOCX). */
export async function loadDocumentFile(file: string, key: string): Promise<UploadFile> {
  const mimetype = DOCUMENT_TYPES[path.extname(file).toLowerCase()]
  if (!mimetype) throw new Error('not a PDF or DOCX file')
  const data = await readFile(file)
  return { data, mimetype, name: importedFileName(key, path.basename(file)), size: data.length }
}
