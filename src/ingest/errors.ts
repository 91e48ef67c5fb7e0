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

/** Several bad inputs found in one run (every bad seed is reported, not only the first). */
export class IngestErrors extends Error {
  constructor(readonly errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
  }
}

/** Runs `fn` for every item, keeping the results of those that succeed and the IngestErrors of those that fail. */
export function tryEach<T, R>(items: T[], fn: (item: T) => R): { results: R[]; errors: IngestError[] } {
  const errors: IngestError[] = [];
  const results: R[] = [];
  for (const item of items) {
    try {
      results.push(fn(item));
    } catch (e) {
      if (e instanceof IngestError) errors.push(e);
      else if (e instanceof IngestErrors) errors.push(...e.errors);
      else throw e;
    }
  }
  return { results, errors };
}

/** Throws the errors found (one, or all of them together); does nothing when there are none. */
export function throwAll(errors: IngestError[]): void {
  if (errors.length) throw errors.length === 1 ? errors[0]! : new IngestErrors(errors);
}
