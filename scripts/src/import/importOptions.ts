import type { ImportKind } from './runImport'

export type CommandLine =
  | {
      command: 'import'
      kind: ImportKind
      input: string
      uploads?: string
      files?: string
      pages: boolean
      apply: boolean
      publish: boolean
      mapping?: string
      lanes: number
      redirects?: string
    }
  | { command: 'redirects'; redirects?: string }

export const USAGE = `npm run import -- wordpress <export.xml> [--uploads <dir>] [--pages]
npm run import -- feed <file.xml | https://…>
npm run import -- documents <sheet.csv | sheet.xlsx> [--files <dir>]
   each: [--apply] [--publish] [--mapping <file.json>] [--lanes N] [--redirects <dir>]
npm run import -- redirects [--redirects <dir>]`

const VALUE_OPTIONS = new Set(['--uploads', '--files', '--mapping', '--lanes', '--redirects'])
const FLAGS = new Set(['--apply', '--publish', '--pages'])

/** The command line of `npm run import`; throws with the usage on anything it does not know. */
export function readCommandLine(args: string[]): CommandLine {
  const positional: string[] = []
  const values = new Map<string, string>()
  const flags = new Set<string>()
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (VALUE_OPTIONS.has(arg)) {
      const value = args[++index]
      if (value === undefined) throw new Error(`${arg} needs a value.\n${USAGE}`)
      values.set(arg, value)
    } else if (FLAGS.has(arg)) flags.add(arg)
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}.\n${USAGE}`)
    else positional.push(arg)
  }
  const [kind, input, extra] = positional
  if (kind === 'redirects' && !input) return { command: 'redirects', redirects: values.get('--redirects') }
  if ((kind !== 'wordpress' && kind !== 'feed' && kind !== 'documents') || !input || extra) throw new Error(USAGE)
  const lanes = Number(values.get('--lanes') ?? 4)
  if (!Number.isInteger(lanes) || lanes < 1 || lanes > 16) throw new Error('--lanes must be a whole number from 1 to 16.')
  return {
    command: 'import',
    kind,
    input,
    uploads: values.get('--uploads'),
    files: values.get('--files'),
    pages: flags.has('--pages'),
    apply: flags.has('--apply'),
    publish: flags.has('--publish'),
    mapping: values.get('--mapping'),
    lanes,
    redirects: values.get('--redirects'),
  }
}
