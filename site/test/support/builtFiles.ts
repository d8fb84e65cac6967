import { readFile } from 'node:fs/promises'
import path from 'node:path'

export function readBuilt(root: string, file: string): Promise<string> {
  return readFile(path.join(root, file), 'utf8')
}
