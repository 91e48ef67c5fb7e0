/** Parse authored YAML files, turning syntax and schema problems into IngestErrors that name the file and line. */
import YAML, { isNode, LineCounter } from 'yaml';
import type { z } from 'zod';
import { IngestError, IngestErrors } from '../report/errors.ts';

/** A parsed YAML file that still knows where each of its values was written. */
export interface YamlSource {
  value: unknown;
  /** 1-based line of the value at `path` (keys and indexes); for a path that is not in the file, the line of its nearest ancestor. */
  lineAt(path: readonly PropertyKey[]): number | null;
}

/** Parses a YAML file keeping the positions of its nodes; a syntax error is an IngestError with its line. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const first = doc.errors[0];
  // Only the first syntax error: the ones after it are usually its consequences.
  if (first) throw new IngestError(file, first.linePos?.[0]?.line ?? null, `not valid YAML: ${first.message.split('\n')[0]}`);
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    // e.g. an alias expanded too often (the library's guard against “billion laughs” files)
    throw new IngestError(file, null, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const lineAt = (path: readonly PropertyKey[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return { value, lineAt };
}

/** Parses a YAML file (syntax errors as IngestErrors with their line). */
export function parseYamlFile(file: string, text: string): unknown {
  return parseYamlSource(file, text).value;
}

/** The zod issue's path, down to the offending key for an unknown key. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys.length ? [...issue.path, issue.keys[0]!] : [...issue.path];
}

/**
 * Parses and validates an authored YAML file against a schema. Every schema problem
 * becomes an IngestError naming its line (thrown together as IngestErrors); on success
 * the data comes with the lines of its values, for the checks the schema cannot make.
 */
export function parseYamlLocated<T>(file: string, text: string, schema: z.ZodType<T>, what = 'entry'): { data: T; lineAt: YamlSource['lineAt'] } {
  const source = parseYamlSource(file, text);
  const parsed = schema.safeParse(source.value);
  if (parsed.success) return { data: parsed.data, lineAt: source.lineAt };
  const seen = new Set<string>();
  const errors: IngestError[] = [];
  for (const issue of parsed.error.issues) {
    const path = issuePath(issue);
    const where = issue.path.length ? `${what} ${issue.path.map(String).join('.')}: ` : '';
    const error = new IngestError(file, source.lineAt(path), `${where}${issue.message}`);
    if (seen.has(error.message)) continue;
    seen.add(error.message);
    errors.push(error);
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  throw errors.length === 1 ? errors[0]! : new IngestErrors(errors);
}

/** Parses and validates an authored YAML file against a schema; every problem is an IngestError with its line. */
export function parseYamlWith<T>(file: string, text: string, schema: z.ZodType<T>, what = 'entry'): T {
  return parseYamlLocated(file, text, schema, what).data;
}

/**
 * An IngestError for every item whose key an earlier item already has, at the later
 * item's line (the problem names the first one's line). Items without a key are skipped.
 */
export function duplicateErrors<T>(
  file: string,
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  lineOf: (index: number, key: string) => number | null,
  problem: (key: string, firstLine: number | null) => string,
): IngestError[] {
  const first = new Map<string, number>();
  const errors: IngestError[] = [];
  items.forEach((item, i) => {
    for (const key of new Set(keysOf(item))) {
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else errors.push(new IngestError(file, lineOf(i, key), problem(key, lineOf(j, key))));
    }
  });
  return errors;
}
