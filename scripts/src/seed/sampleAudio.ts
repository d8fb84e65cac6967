/** A short, quiet 440 Hz tone as a 16-bit mono WAV file: stands in for a recorded radio item. */
export function sampleWav(name: string, seconds = 2, sampleRate = 8000) {
  const samples = seconds * sampleRate
  const data = Buffer.alloc(44 + samples * 2)
  data.write('RIFF', 0, 'ascii')
  data.writeUInt32LE(36 + samples * 2, 4)
  data.write('WAVEfmt ', 8, 'ascii')
  data.writeUInt32LE(16, 16)
  data.writeUInt16LE(1, 20)
  data.writeUInt16LE(1, 22)
  data.writeUInt32LE(sampleRate, 24)
  data.writeUInt32LE(sampleRate * 2, 28)
  data.writeUInt16LE(2, 32)
  data.writeUInt16LE(16, 34)
  data.write('data', 36, 'ascii')
  data.writeUInt32LE(samples * 2, 40)
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(2000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)), 44 + i * 2)
  return { data, mimetype: 'audio/wav', name, size: data.length }
}
