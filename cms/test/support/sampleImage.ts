import sharp from 'sharp'

/** A real PNG of the given size, made on the spot, as Payload's Local API takes uploads. */
export async function samplePng(width = 1200, height = 800, name = 'anh-mau.png') {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 11, g: 74, b: 133 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}
