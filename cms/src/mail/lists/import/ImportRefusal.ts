/** A file or request the import cannot take, with the HTTP status and what to tell the person (Vietnamese). */
export class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'ImportRefusal'
  }
}
