const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50

/**
 * What a ZIP archive (an .xlsx) says its files add up to once unpacked, read from its central
 * directory without unpacking anything; 0 when there is no directory to read (the reader then
 * refuses the file itself).
 */
export function zipExpandedBytes(data: Buffer): number {
  // The end record sits in the last 22 bytes plus an archive comment of up to 64 KiB.
  let end = data.length - 22
  while (end >= Math.max(0, data.length - 22 - 0xffff) && data.readUInt32LE(end) !== END_OF_DIRECTORY) end--
  if (end < 0 || data.readUInt32LE(end) !== END_OF_DIRECTORY) return 0
  const entries = data.readUInt16LE(end + 10)
  let offset = data.readUInt32LE(end + 16)
  let total = 0
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== DIRECTORY_ENTRY) return 0
    total += data.readUInt32LE(offset + 24)
    offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32)
  }
  return total
}
