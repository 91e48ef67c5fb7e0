/** The errors the ingest throws for bad input or a failing file system: each names the file, the line and the problem. */
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

/** Several bad inputs found in one run (every bad file is reported, not only the first). */
export class IngestErrors extends Error {
  constructor(readonly errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
  }
}

/**
 * A write that failed half-way and could not be undone: content/ is neither the old
 * nor the new state until the next run finishes the interrupted update (its staging
 * folder holds a commit marker, so recovery completes it).
 */
export class IncompleteWriteError extends IngestError {
  constructor(file: string, problem: string) {
    super(file, null, problem);
    this.name = 'IncompleteWriteError';
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

/** Throws one error for a list: nothing when empty, the error itself when alone, else IngestErrors. */
export function throwAll(errors: IngestError[]): void {
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new IngestErrors(errors);
}

/** A Node.js file-system error (it has an errno code, and usually the path it concerns). */
export function isErrnoError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** Plain words for the errno codes a maintainer can meet, without Node's syscall jargon. */
const ERRNO_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied (operation not permitted)',
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'file name too long (at most 255 bytes per name)',
  ENOENT: 'does not exist',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'symbolic link loop',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error (a disk or network problem)',
  EBUSY: 'busy (in use by another program)',
  EEXIST: 'already exists',
  ENOTEMPTY: 'folder not empty',
  EXDEV: 'on another file system (cannot be moved by renaming)',
};

/** The problem an errno code stands for, in plain words (unknown codes keep Node's message). */
export function errnoProblem(e: NodeJS.ErrnoException & { code: string }): string {
  return ERRNO_PROBLEMS[e.code] ?? `${e.code}: ${e.message}`;
}

/** An errno error as an IngestError naming `file` (default: the path in the error), with an optional suffix. */
export function fsIngestError(e: NodeJS.ErrnoException & { code: string }, file = e.path ?? '(unknown file)', suffix = ''): IngestError {
  return new IngestError(file, null, errnoProblem(e) + suffix);
}

/** The IngestErrors behind a failure (file-system errors translated), or null for an unexpected error (a bug). */
export function ingestErrorsOf(e: unknown): IngestError[] | null {
  if (e instanceof IngestErrors) return e.errors;
  if (e instanceof IngestError) return [e];
  if (isErrnoError(e) && e.path) return [fsIngestError(e)];
  return null;
}

/**
 * What the CLI prints for a failed run, or null for an unexpected error (a bug: let
 * it crash with its stack trace). Bad input and file-system errors become
 * `error: FILE:LINE: problem` lines, followed by what became of content/.
 */
export function failureLines(e: unknown, contentDir: string): string[] | null {
  const errors = ingestErrorsOf(e);
  if (!errors) return null;
  const incomplete = errors.some((x) => x instanceof IncompleteWriteError);
  return [
    ...errors.map((x) => `error: ${x.message}`),
    incomplete
      ? `ingest stopped: ${contentDir}/ is half-updated; the next \`npm run ingest\` finishes the update.`
      : `ingest stopped (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}): ${contentDir}/ was left as it was.`,
  ];
}
