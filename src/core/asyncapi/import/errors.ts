/** Input that cannot be imported. The message names the file and the reason, in one line. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
