import { readFile, rename, rm, writeFile } from 'node:fs/promises'

/**
 * What the builder keeps beside the releases to be faster after a restart (link check results,
 * page keys): missing or unreadable, it is simply not there, and the work is done again.
 */
export async function readStoredJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
}

let written = 0

/** Writes such a file whole or not at all: aside (a name of its own per write), then by a rename. */
export async function storeJson(file: string, value: unknown): Promise<void> {
  const partial = `${file}.${process.pid}-${++written}.partial`
  try {
    await writeFile(partial, JSON.stringify(value))
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}
