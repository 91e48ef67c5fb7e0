/** Reads the ingest's generated per-policy data files (content/generated/data/*.json), checked against their schema. */
import { existsSync, readdirSync } from 'node:fs';
import { readBounded } from '../ingest/disk/bounded-read.ts';
import { errnoProblem, IngestError, isErrnoError } from '../ingest/report/errors.ts';
import { isAbsolute, join, relative } from 'node:path';
import type { z } from 'zod';
import { PolicyData, PolicyDataFile } from './schemas.ts';

export { PolicyData };

export const GENERATED_DATA_DIR = join(process.cwd(), 'content', 'generated', 'data');

/** A generated data file that does not match src/data/schemas.ts (written by another version of the ingest, or edited by hand). */
export class GeneratedDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}\n(run \`npm run ingest\` to regenerate it; the schemas are in src/data/schemas.ts)`);
    this.name = 'GeneratedDataError';
  }
}

/** A field's path as it is written in code: `measures[3].title.zh`, with the id of the record it is in. */
function fieldOf(path: readonly PropertyKey[], data: unknown): string {
  let text = '';
  let node = data;
  let record: string | null = null;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string') record = id;
  }
  return record ? `${text || '(the file)'} (record ${record})` : text || '(the file)';
}

/** What is wrong with a file, one line per problem (at most ten). */
function problems(error: z.ZodError, data: unknown): string[] {
  const lines = error.issues.slice(0, 10).map((i) => `${fieldOf(i.path, data)}: ${i.message}`);
  if (error.issues.length > 10) lines.push(`… and ${error.issues.length - 10} more`);
  return lines;
}

/** One generated data file, checked against PolicyDataFile; throws GeneratedDataError naming the file and the field. */
export function readGeneratedFile(path: string): PolicyData {
  const rel = relative(process.cwd(), path);
  const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path; // named from the project root when inside it
  let data: unknown;
  let text: string;
  try {
    text = readBounded(path, 'generated').toString('utf8');
  } catch (e) {
    // not a regular file, over the limit, or unreadable: the problem in plain words
    throw new GeneratedDataError(file, [e instanceof IngestError ? e.problem : isErrnoError(e) ? errnoProblem(e) : String(e)]);
  }
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GeneratedDataError(file, [`not JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const parsed = PolicyDataFile.safeParse(data);
  if (!parsed.success) throw new GeneratedDataError(file, problems(parsed.error, data));
  const { $comment: _, ...records } = parsed.data;
  return records;
}

/** All generated policy data files, in file-name order, each checked against its schema. */
export function readGeneratedData(dir = GENERATED_DATA_DIR): PolicyData[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run ingest\` first`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readGeneratedFile(join(dir, f)));
}
