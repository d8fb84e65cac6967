/** A failure the operator can act on: the commands print its message alone, without a stack trace. */
export class OperatorError extends Error {}

/** The end of a command: its own message for an OperatorError, the whole error for anything unexpected. */
export function reportFailure(command: string, error: unknown): void {
  console.error(error instanceof OperatorError ? `${command}: ${error.message}` : error)
  process.exitCode = 1
}
