/** The one error type the ingest throws for bad input: it names the file, the line and the problem. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line != null ? `:${line}` : ''}: ${problem}`);
    this.name = 'IngestError';
  }
}
